package org.broadsheet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.broadsheet.export.ArticleExport;
import org.broadsheet.export.ExportFormat;
import org.broadsheet.export.ExportTarget;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.shared.SharedArchive;
import org.broadsheet.shared.SolrArchiveSearch;
import org.broadsheet.task.Cancellation;

/**
 * {@code export}: every match of a search, whole, in a format, to a file or to standard output. A file is
 * written through {@link ExportTarget}, so a failed export leaves no partial file; standard output gets the
 * export only once it is complete, so a failed export prints nothing.
 */
final class ExportCommand {

    private final ArchiveOpener archives;
    private final SharedOptions shared;

    ExportCommand(ArchiveOpener archives, SharedOptions shared) {
        this.archives = archives;
        this.shared = shared;
    }

    /** Sends every match of a search to an export, whichever archive it comes from. */
    @FunctionalInterface
    private interface Matches {
        /** @param exports makes the export, given the archive's folder (null for a shared archive) */
        int export(SearchRequest request, Exports exports) throws IOException, InvalidQueryException;
    }

    @FunctionalInterface
    private interface Exports {
        ArticleExport toFolder(Path folder) throws IOException;
    }

    /** @return what to print besides the export itself: nothing */
    String run(Arguments arguments, PrintStream out) throws UsageException, IOException {
        CommandLineInterface.noPositionals(arguments, CommandLineInterface.EXPORT);
        String formatName = arguments.option("format")
                .orElseThrow(() -> new UsageException("export needs --format csv, jsonl or ris"));
        ExportFormat format = ExportFormat.named(formatName).orElseThrow(() ->
                new UsageException("--format must be csv, jsonl or ris, not \"" + formatName + "\""));
        SearchRequest request = SearchOptions.request(arguments, SearchRequest.DEFAULT_LIMIT);
        Optional<SharedArchive> sharedArchive = shared.archive(arguments);
        Path archive = sharedArchive.isPresent() ? null : CommandLineInterface.archive(arguments);
        Matches matches = sharedArchive.isPresent() ? (searched, exports) -> {
            try (SolrArchiveSearch searcher = SolrArchiveSearch.open(sharedArchive.get());
                 ArticleExport export = exports.toFolder(null)) {
                return searcher.eachMatch(searched, export, Cancellation.NEVER);
            }
        } : inFolder(archives.sessionsFor(arguments, archive), archive);
        Path output = arguments.option("output").map(Path::of).orElse(null);
        try {
            if (output != null) {
                ExportTarget.write(output, archive, stream -> export(matches, request, format, arguments, stream));
                return "";
            }
            Path whole = Files.createTempFile("broadsheet-export", "." + format.extension());
            try {
                try (OutputStream stream = Files.newOutputStream(whole)) {
                    export(matches, request, format, arguments, stream);
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

    private static Matches inFolder(SessionFactory sessions, Path archive) {
        return (request, exports) -> {
            try (ArchiveSession session = sessions.open(archive);
                 ArticleExport export = exports.toFolder(session.folder())) {
                session.ingest(IngestListener.NONE);
                return session.searcher().eachMatch(request, export, Cancellation.NEVER);
            }
        };
    }

    private static int export(Matches matches, SearchRequest request, ExportFormat format,
                              Arguments arguments, OutputStream stream) throws IOException, InvalidQueryException {
        return matches.export(request, folder -> new ArticleExport(stream, format, arguments.flag("text"), folder));
    }
}
