package org.broadsheet.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.broadsheet.article.Article;
import org.broadsheet.article.FieldMap;
import org.broadsheet.article.Problem;
import org.broadsheet.platform.IoFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one archive file into articles, or into problems that say why it could not be. Never throws for bad
 * input, never reads more than the size limit, never opens anything but a regular file (a pipe would make it
 * wait forever), never follows a link the scan did not follow, and never writes. What it keeps of a file is
 * bounded by {@link ArticleLimits}; dates outside the years 1000–2999 are dropped. Stateless and thread-safe,
 * so files can be read in parallel.
 */
public final class ArchiveReader {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveReader.class);

    /** Files above this are not articles (a log, a dump, a misnamed archive), and are skipped unread. */
    public static final long DEFAULT_MAX_FILE_BYTES = 16L * 1024 * 1024;

    private static final OpenOption[] NO_LINKS = {StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS};
    private static final OpenOption[] THROUGH_LINKS = {StandardOpenOption.READ};

    private final long maxFileBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final ArticleParser parser = new ArticleParser();
    private final JsonArticleReader json;
    private final FeedReader feeds = new FeedReader();
    private final HtmlPageReader pages;
    private final WebArchiveReader warcs;

    public ArchiveReader() {
        this(DEFAULT_MAX_FILE_BYTES);
    }

    /** @param maxFileBytes the size above which a file is a problem rather than read */
    public ArchiveReader(long maxFileBytes) {
        this(maxFileBytes, FieldMap.NONE);
    }

    /** @param fieldMap the fields the user named for JSON records of a shape not known here */
    public ArchiveReader(FieldMap fieldMap) {
        this(DEFAULT_MAX_FILE_BYTES, fieldMap);
    }

    private ArchiveReader(long maxFileBytes, FieldMap fieldMap) {
        if (maxFileBytes <= 0 || maxFileBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a size limit must be between 1 byte and 2 GB");
        }
        this.maxFileBytes = maxFileBytes;
        this.json = new JsonArticleReader(maxFileBytes, fieldMap);
        this.pages = new HtmlPageReader(maxFileBytes);
        this.warcs = new WebArchiveReader(pages, maxFileBytes);
    }

    /** Everything a file yields, as one result. */
    public FileReadResult read(ArchiveFile file) {
        List<FileReadResult> parts = new ArrayList<>();
        FileReadResult last = read(file, parts::add);
        if (parts.isEmpty()) {
            return last;
        }
        parts.add(last);
        return FileReadResult.joined(parts);
    }

    /**
     * What a file yields, a web archive's in parts as it is read, so that it is never held whole.
     *
     * @param earlier takes each part before the last; the last is the result
     */
    public FileReadResult read(ArchiveFile file, ArticleParts earlier) {
        byte[] bytes;
        try {
            BasicFileAttributes attributes = file.viaLink()
                    ? Files.readAttributes(file.path(), BasicFileAttributes.class)
                    : Files.readAttributes(file.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                return FileReadResult.retry(file.relativePath(), "it became a link since the archive was listed");
            }
            if (!attributes.isRegularFile()) {
                return FileReadResult.retry(file.relativePath(), "not a regular file (a folder, device or pipe)");
            }
            if (file.kind() == ArchiveFile.Kind.WARC) {
                // A web archive is read record by record from the disk; the size limit is each page's.
                return withSaneDates(file, warcs.read(file, part -> earlier.take(withSaneDates(file, part))));
            }
            if (attributes.size() > maxFileBytes) {
                return tooLarge(file, attributes.size());
            }
            bytes = readAtMostLimit(file);
        } catch (NoSuchFileException e) {
            return FileReadResult.retry(file.relativePath(), "the file disappeared before it could be read");
        } catch (AccessDeniedException e) {
            return FileReadResult.retry(file.relativePath(), "permission denied");
        } catch (IOException e) {
            LOG.debug("Cannot read {}", file.path(), e);
            return FileReadResult.retry(file.relativePath(), "cannot be read (" + IoFailures.describe(e) + ")");
        }
        if (bytes.length > maxFileBytes) {
            return tooLarge(file, bytes.length);
        }
        if (bytes.length == 0) {
            return FileReadResult.problem(file.relativePath(), "empty file");
        }
        TextDecoder.Decoding decoding = decoder.decode(bytes);
        if (decoding instanceof TextDecoder.NotText notText) {
            return FileReadResult.problem(file.relativePath(), notText.reason());
        }
        // A feed says its encoding in its XML declaration, a page in its <meta>: their parsers read the bytes.
        if (file.kind() == ArchiveFile.Kind.FEED) {
            return withSaneDates(file, feeds.read(file, bytes));
        }
        if (file.kind() == ArchiveFile.Kind.PAGE) {
            return withSaneDates(file, pages.read(file, bytes));
        }
        String text = ((TextDecoder.Text) decoding).text();
        FileReadResult result = switch (file.kind()) {
            case JSON -> json.readCollection(file, text);
            case JSON_LINES -> json.readLines(file, text);
            case FEED, PAGE, WARC -> throw new IllegalStateException("read from their bytes or their file");
            case TEXT -> parser.read(file.articleId(), text)
                    .map(parsed -> withNotes(file, parsed))
                    .orElseGet(() -> FileReadResult.problem(file.relativePath(), "no article text in the file"));
        };
        return withSaneDates(file, result);
    }

    private static FileReadResult withNotes(ArchiveFile file, ArticleParser.ParsedArticle parsed) {
        List<Problem> notes = parsed.notes().stream().map(note -> new Problem(file.relativePath(), "read, but " + note))
                .toList();
        return new FileReadResult(List.of(parsed.article()), notes);
    }

    /**
     * Articles whose dates fall outside {@link ArticleLimits#FIRST_DAY} – {@link ArticleLimits#LAST_DAY} become
     * undated, with a note: such a date is a mistake, and as a publication day it would break the timeline.
     */
    private static FileReadResult withSaneDates(ArchiveFile file, FileReadResult result) {
        List<Article> articles = new ArrayList<>(result.articles().size());
        List<Problem> problems = new ArrayList<>(result.problems());
        for (Article article : result.articles()) {
            Optional<Article> undated = withoutInsaneDates(article);
            articles.add(undated.orElse(article));
            if (undated.isPresent()) {
                String record = article.id().substring(file.articleId().length());
                problems.add(new Problem(file.relativePath() + record, "read, but its date is outside the years "
                        + ArticleLimits.FIRST_DAY.getYear() + "\u2013" + ArticleLimits.LAST_DAY.getYear()
                        + "; it is listed as undated"));
            }
        }
        return new FileReadResult(articles, problems);
    }

    private static Optional<Article> withoutInsaneDates(Article article) {
        boolean publishedOk = article.published() == null || ArticleLimits.isSaneDate(article.published());
        boolean updatedOk = article.updated() == null || ArticleLimits.isSaneDate(article.updated());
        if (publishedOk && updatedOk) {
            return Optional.empty();
        }
        return Optional.of(new Article(article.id(), article.title(), article.standfirst(), article.author(),
                publishedOk ? article.published() : null, updatedOk ? article.updated() : null, article.paragraphs(),
                article.related(), article.url(), article.source()));
    }

    /**
     * Reads one byte more than the limit at most, so a file that grew since it was listed is caught too. A file
     * the scan reached without a link is opened only if it is still not one.
     */
    private byte[] readAtMostLimit(ArchiveFile file) throws IOException {
        try (InputStream in = Channels.newInputStream(Files.newByteChannel(file.path(),
                file.viaLink() ? THROUGH_LINKS : NO_LINKS))) {
            return in.readNBytes((int) maxFileBytes + 1);
        }
    }

    private FileReadResult tooLarge(ArchiveFile file, long size) {
        return FileReadResult.problem(file.relativePath(), String.format(Locale.ENGLISH,
                "too large to be an article (%s; the limit is %s)", megabytes(size, true), megabytes(maxFileBytes, false)));
    }

    /**
     * {@code 16.0 MB}, {@code 230 MB}; a size just over the limit must not read as the limit itself, so sizes
     * keep a decimal below 100 MB, while the limit is written as set.
     */
    private static String megabytes(long bytes, boolean aboveLimit) {
        double mb = bytes / (1024.0 * 1024.0);
        if (aboveLimit) {
            double shown = Math.floor(mb * 10) / 10;
            return mb >= 100 ? String.format(Locale.ENGLISH, "%.0f MB", Math.floor(mb))
                    : String.format(Locale.ENGLISH, "%.1f MB", shown);
        }
        return mb == Math.floor(mb) ? String.format(Locale.ENGLISH, "%.0f MB", mb)
                : String.format(Locale.ENGLISH, "%.1f MB", mb);
    }
}
