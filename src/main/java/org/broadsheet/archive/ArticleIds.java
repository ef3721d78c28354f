package org.broadsheet.archive;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the ids of an archive's articles unique. An id is a file's path without its extension; three kinds of
 * file would share one: {@code x.txt} beside {@code x.TXT}, {@code y.json} beside {@code y.jsonl} (both give
 * {@code y#1}), and {@code feed#1.txt} beside {@code feed.json}. So a file whose extension is not written in
 * lower case, a {@code .jsonl} beside a {@code .json} of the same name, and a text file named like a record of
 * a collection beside it keep their whole file name in their id. Feeds and pages always keep it
 * ({@code news.rss#1}, {@code page.html}): they have several extensions of their own, and would clash with
 * one another and with a collection or a text file of their name; so does a text file named like one of them. The rule looks only at the
 * file's own name and at the few names that could clash with it, so a scan and a single changed file agree.
 * Stateless.
 */
final class ArticleIds {

    private static final Pattern LIKE_A_RECORD = Pattern.compile("(.+)#\\d+");

    private ArticleIds() {
    }

    /**
     * Whether a file's id must keep its whole name.
     *
     * @param relativePath the file's path inside the archive
     * @param exists       whether another article file exists at a path inside the archive
     */
    static boolean needsFullId(String relativePath, Predicate<String> exists) {
        ArchiveFile.Kind kind = ArchiveFile.Kind.of(relativePath).orElseThrow();
        if (kind.keepsWholeName()) {
            return true;
        }
        String extension = relativePath.substring(relativePath.length() - kind.extension().length());
        if (!extension.equals(kind.extension())) {
            return true;
        }
        String base = relativePath.substring(0, relativePath.length() - extension.length());
        if (kind == ArchiveFile.Kind.JSON_LINES) {
            return exists.test(base + ArchiveFile.Kind.JSON.extension());
        }
        if (kind == ArchiveFile.Kind.TEXT) {
            // Looked at first, since a scan asks this of every file: only a name with a dot can end like a feed
            // or a page, and only one with a # like a record.
            String name = base.substring(base.lastIndexOf('/') + 1);
            if (name.indexOf('.') >= 0 && keepsWholeName(base) && exists.test(base)) {
                return true;
            }
            if (name.indexOf('#') < 0) {
                return false;
            }
            Matcher record = LIKE_A_RECORD.matcher(base);
            return record.matches() && (exists.test(record.group(1) + ArchiveFile.Kind.JSON.extension())
                    || exists.test(record.group(1) + ArchiveFile.Kind.JSON_LINES.extension())
                    || keepsWholeName(record.group(1)) && exists.test(record.group(1)));
        }
        return false;
    }

    private static boolean keepsWholeName(String path) {
        return ArchiveFile.Kind.of(path).map(ArchiveFile.Kind::keepsWholeName).orElse(false);
    }
}
