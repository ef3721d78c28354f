package org.broadsheet.export;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.broadsheet.article.Article;

/**
 * A plain-text citation of one article, for pasting into notes and drafts: byline, title in quotes, date, and
 * where it is: its web address if the archive knows it, else its file in the archive.
 */
public final class Citation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Citation() {
    }

    /**
     * {@code Jay Pandya. "Microsoft after India: …" 4 March 2021. seeds/001_191ff7a9de4b3ca6.txt.}
     *
     * @param file the article's file inside the archive, or null
     */
    public static String of(Article article, Path archiveFolder, String file) {
        StringBuilder citation = new StringBuilder();
        if (article.author() != null) {
            citation.append(sentence(article.author())).append(' ');
        }
        citation.append('"').append(sentence(article.title())).append('"');
        article.publicationDate().ifPresent(date -> citation.append(' ').append(DAY.format(date)).append('.'));
        if (article.url() != null) {
            citation.append(' ').append(article.url()).append('.');
        } else if (file != null) {
            String archive = archiveFolder == null || archiveFolder.getFileName() == null ? ""
                    : archiveFolder.getFileName() + "/";
            citation.append(' ').append(archive).append(file).append('.');
        }
        return citation.toString();
    }

    /** The text ending in one full stop, or in its own ? or !. */
    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") || stripped.endsWith("?") || stripped.endsWith("!") ? stripped : stripped + ".";
    }
}
