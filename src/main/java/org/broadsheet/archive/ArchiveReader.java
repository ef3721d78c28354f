package org.broadsheet.archive;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * Reads one archive file into articles, or into a problem that says why it could not be read. Never throws
 * for bad input and never writes. Stateless and thread-safe, so files can be read in parallel.
 */
public final class ArchiveReader {

    private final TextDecoder decoder = new TextDecoder();
    private final ArticleParser parser = new ArticleParser();

    public FileReadResult read(ArchiveFile file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (NoSuchFileException e) {
            return FileReadResult.problem(file.relativePath(), "the file disappeared before it could be read");
        } catch (AccessDeniedException e) {
            return FileReadResult.problem(file.relativePath(), "permission denied");
        } catch (IOException e) {
            return FileReadResult.problem(file.relativePath(), "cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length == 0) {
            return FileReadResult.problem(file.relativePath(), "empty file");
        }
        return parser.parse(file.articleId(), decoder.decode(bytes))
                .map(FileReadResult::of)
                .orElseGet(() -> FileReadResult.problem(file.relativePath(), "no article text in the file"));
    }
}
