package org.broadsheet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.broadsheet.export.ArticleExport;
import org.broadsheet.export.ExportFormat;
import org.broadsheet.platform.ArchivePlaces;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.task.Cancellation;

/**
 * {@code export}: every match of a search, whole, in a format, to a file or to standard output. The export is
 * written beside its destination first and moved there once complete, so a failed export leaves no partial
 * file and prints nothing; it is never written inside the archive.
 */
final class ExportCommand {

    private final SessionFactory sessions;

    ExportCommand(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** @return what to print besides the export itself: nothing */
    String run(Arguments arguments, PrintStream out) throws UsageException, IOException {
        CommandLineInterface.noPositionals(arguments, CommandLineInterface.EXPORT);
        String formatName = arguments.option("format")
                .orElseThrow(() -> new UsageException("export needs --format csv, jsonl or ris"));
        ExportFormat format = ExportFormat.named(formatName).orElseThrow(() ->
                new UsageException("--format must be csv, jsonl or ris, not \"" + formatName + "\""));
        SearchRequest request = SearchOptions.request(arguments, SearchRequest.DEFAULT_LIMIT);
        Path archive = CommandLineInterface.archive(arguments);
        Path output = arguments.option("output").map(value -> Path.of(value).toAbsolutePath().normalize()).orElse(null);
        if (output != null && ArchivePlaces.isInside(output, archive)) {
            throw new UsageException("--output " + output + " is inside the archive, which Broadsheet never writes to");
        }
        if (output != null && Files.isDirectory(output)) {
            throw new UsageException("--output " + output + " is a folder; name a file");
        }
        Path written = output == null ? Files.createTempFile("broadsheet-export", "." + format.extension())
                : Files.createTempFile(absoluteParent(output), ".broadsheet-export", ".part");
        try {
            try (ArchiveSession session = sessions.open(archive)) {
                session.ingest(IngestListener.NONE);
                try (OutputStream file = Files.newOutputStream(written);
                     ArticleExport export = new ArticleExport(file, format, arguments.flag("text"), session.folder())) {
                    session.searcher().eachMatch(request, export, Cancellation.NEVER);
                }
            } catch (InvalidQueryException e) {
                throw new UsageException("invalid query: " + e.getMessage());
            }
            if (output == null) {
                Files.copy(written, out);
                out.flush();
            } else {
                Files.move(written, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Files.deleteIfExists(written);
        }
        return "";
    }

    private static Path absoluteParent(Path file) throws UsageException {
        Path parent = file.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("--output " + file + ": the folder " + parent + " does not exist");
        }
        return parent;
    }
}
