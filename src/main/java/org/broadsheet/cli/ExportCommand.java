package org.broadsheet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.broadsheet.export.ArticleExport;
import org.broadsheet.export.ExportFormat;
import org.broadsheet.export.ExportTarget;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.task.Cancellation;

/**
 * {@code export}: every match of a search, whole, in a format, to a file or to standard output. A file is
 * written through {@link ExportTarget}, so a failed export leaves no partial file; standard output gets the
 * export only once it is complete, so a failed export prints nothing.
 */
final class ExportCommand {

    private final ArchiveOpener archives;

    ExportCommand(ArchiveOpener archives) {
        this.archives = archives;
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
        SessionFactory sessions = archives.sessionsFor(arguments, archive);
        Path output = arguments.option("output").map(Path::of).orElse(null);
        try {
            if (output != null) {
                ExportTarget.write(output, archive,
                        stream -> export(sessions, archive, request, format, arguments, stream));
                return "";
            }
            Path whole = Files.createTempFile("broadsheet-export", "." + format.extension());
            try {
                try (OutputStream stream = Files.newOutputStream(whole)) {
                    export(sessions, archive, request, format, arguments, stream);
                }
                Files.copy(whole, out);
                out.flush();
            } finally {
                Files.deleteIfExists(whole);
            }
            return "";
        } catch (ExportTarget.ExportRefusedException e) {
            throw new UsageException("--output " + e.getMessage());
        } catch (InvalidQueryException e) {
            throw new UsageException("invalid query: " + e.getMessage());
        }
    }

    private static int export(SessionFactory sessions, Path archive, SearchRequest request, ExportFormat format,
                              Arguments arguments, OutputStream stream) throws IOException, InvalidQueryException {
        try (ArchiveSession session = sessions.open(archive);
             ArticleExport export = new ArticleExport(stream, format, arguments.flag("text"), session.folder())) {
            session.ingest(IngestListener.NONE);
            return session.searcher().eachMatch(request, export, Cancellation.NEVER);
        }
    }
}
