package org.broadsheet.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

import org.broadsheet.platform.IoFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one archive file into articles, or into problems that say why it could not be. Never throws for bad
 * input, never reads more than the size limit, and never writes. Stateless and thread-safe, so files can be
 * read in parallel.
 */
public final class ArchiveReader {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveReader.class);

    /** Files above this are not articles (a log, a dump, a misnamed archive), and are skipped unread. */
    public static final long DEFAULT_MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final long maxFileBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final ArticleParser parser = new ArticleParser();
    private final JsonArticleReader json;

    public ArchiveReader() {
        this(DEFAULT_MAX_FILE_BYTES);
    }

    /** @param maxFileBytes the size above which a file is a problem rather than read */
    public ArchiveReader(long maxFileBytes) {
        if (maxFileBytes <= 0 || maxFileBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a size limit must be between 1 byte and 2 GB");
        }
        this.maxFileBytes = maxFileBytes;
        this.json = new JsonArticleReader(maxFileBytes);
    }

    public FileReadResult read(ArchiveFile file) {
        byte[] bytes;
        try {
            long size = Files.size(file.path());
            if (size > maxFileBytes) {
                return tooLarge(file, size);
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
        if (file.kind() == ArchiveFile.Kind.JSON) {
            return json.readCollection(file, bytes);
        }
        TextDecoder.Decoding decoding = decoder.decode(bytes);
        if (decoding instanceof TextDecoder.NotText notText) {
            return FileReadResult.problem(file.relativePath(), notText.reason());
        }
        String text = ((TextDecoder.Text) decoding).text();
        if (file.kind() == ArchiveFile.Kind.JSON_LINES) {
            return json.readLines(file, text);
        }
        return parser.parse(file.articleId(), text)
                .map(FileReadResult::of)
                .orElseGet(() -> FileReadResult.problem(file.relativePath(), "no article text in the file"));
    }

    /** Reads one byte more than the limit at most, so a file that grew since it was listed is caught too. */
    private byte[] readAtMostLimit(ArchiveFile file) throws IOException {
        try (InputStream in = Files.newInputStream(file.path())) {
            return in.readNBytes((int) maxFileBytes + 1);
        }
    }

    private FileReadResult tooLarge(ArchiveFile file, long size) {
        return FileReadResult.problem(file.relativePath(), String.format(Locale.ENGLISH,
                "too large to be an article (%s; the limit is %s)", megabytes(size), megabytes(maxFileBytes)));
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 10 || mb == Math.floor(mb) ? String.format(Locale.ENGLISH, "%.0f MB", mb)
                : String.format(Locale.ENGLISH, "%.1f MB", mb);
    }
}
