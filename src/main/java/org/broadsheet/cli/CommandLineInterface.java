package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.broadsheet.article.Marks;
import org.broadsheet.bench.Benchmark;
import org.broadsheet.bench.SyntheticArchive;
import org.broadsheet.bench.SyntheticFormat;
import org.broadsheet.marks.ArticleRef;
import org.broadsheet.marks.MarkChange;
import org.broadsheet.marks.MarkException;
import org.broadsheet.platform.AppDirectories;
import org.broadsheet.platform.BundledSample;
import org.broadsheet.platform.IoFailures;
import org.broadsheet.platform.LogFolder;
import org.broadsheet.search.ArchiveSearch;
import org.broadsheet.search.HighlightedArticle;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResult;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.settings.Settings;
import org.broadsheet.settings.SettingsStore;
import org.broadsheet.shared.SharedArchive;
import org.broadsheet.shared.SharedArchiveException;
import org.broadsheet.shared.SolrArchiveSearch;
import org.broadsheet.task.OutOfMemoryFailure;
import org.broadsheet.versions.WordDiff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The headless commands: {@code search} and {@code show} print one JSON object on standard output; any error
 * exits with status 2, prints nothing on standard output and one line starting {@code error: } on standard
 * error. Runs on the calling thread.
 */
public final class CommandLineInterface {

    /**
     * Made on first use, not when the class loads: {@link #handles} is asked before the command line's logging
     * configuration is chosen, and the first logger made fixes the configuration.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(CommandLineInterface.class);
    }

    public static final int OK = 0;
    public static final int ERROR = 2;

    static final String SEARCH = "search";
    static final String SHOW = "show";
    static final String HELP = "help";
    static final String BENCH = "bench";
    static final String MARK = "mark";
    static final String EXPORT = "export";
    static final String DIFF = "diff";
    static final String PUBLISH = "publish";

    private static final Set<String> COMMANDS = Set.of(SEARCH, SHOW, MARK, EXPORT, DIFF, PUBLISH, BENCH, HELP,
            "--help", "-h");
    private static final String ARCHIVE = "archive";
    static final String MAP = "map";
    /** How many similar articles {@code show} lists. */
    static final int SIMILAR_ARTICLES = 5;

    static final String USAGE = """
            Usage:
              broadsheet [--archive DIR]                      open the window on DIR (default: the sample archive)
              broadsheet --solr URL --collection NAME [--user NAME]    open the window on a shared archive
              broadsheet search [--archive DIR] [--query TEXT] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                                [--sort relevance|newest|oldest] [--limit N] [--author NAME] [--source NAME]
                                [--collapse]
              broadsheet show [--archive DIR] ID
              broadsheet diff [--archive DIR] ID1 ID2           compare two versions of a story word by word
              broadsheet mark [--archive DIR] ID [--star|--unstar] [--tag NAME]... [--untag NAME]...
                              [--note TEXT] [--read|--unread]
              broadsheet export [--archive DIR] [--query TEXT] [--from DATE] [--to DATE] [--author NAME]
                                [--source NAME] --format csv|jsonl|ris [--output FILE] [--text]
              broadsheet publish [--archive DIR] --solr URL --collection NAME [--user NAME] [--shards N]
                                 [--replicas N] [--watch]       make a SolrCloud collection match DIR
              broadsheet bench --articles N [--seed S] [--body short|long] [--format text|html|rss|warc]
                                                        measure indexing and search on a synthetic archive
            search, show, diff, mark and export also take --map PART=FIELD,... to read JSON records of another
            shape (as in --map text=maintext,published=date_publish).
            search, show and export take --solr URL --collection NAME [--user NAME] instead of --archive, to
            search a shared archive on SolrCloud; a password comes from $BROADSHEET_SOLR_PASSWORD or is asked for.
            search, show, mark and publish print one JSON object; export writes every match (to standard output unless
            --output names a file); errors exit with status 2 and one line on standard error.
            """;

    private final ArchiveOpener archives;
    private final SharedOptions shared = SharedOptions.ofSystem();
    private final boolean followLinksOutside;

    /** Commands over archives whose indexes are kept in the user's cache folder, as the user's settings say. */
    public CommandLineInterface() {
        this(new SettingsStore(AppDirectories.config()).load().settings());
    }

    private CommandLineInterface(Settings settings) {
        ArchiveSession.Options options = ArchiveSession.Options.defaults()
                .withLinksOutsideFollowed(settings.followLinksOutsideArchive())
                .withStorySimilarity(settings.storySimilarity());
        this.followLinksOutside = settings.followLinksOutsideArchive();
        this.archives = new ArchiveOpener(fields -> SessionFactory.inUserCache(options.withFieldMap(fields)),
                settings::fieldMapOf);
    }

    /** Whether these arguments ask for a headless command rather than the window. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * Runs one command.
     *
     * @return the exit status: {@link #OK} or {@link #ERROR}
     */
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            String output = execute(args, out, err);
            out.print(output);
            out.flush();
            return OK;
        } catch (UsageException | SharedArchiveException e) {
            return fail(err, e.getMessage());
        } catch (NoSuchFileException e) {
            return fail(err, "archive folder not found: " + e.getFile());
        } catch (NotDirectoryException e) {
            return fail(err, "not a folder: " + e.getFile());
        } catch (AccessDeniedException e) {
            return fail(err, "cannot read " + e.getFile() + ": permission denied");
        } catch (IOException e) {
            Log.LOG.warn("The command {} could not read the archive", args[0], e);
            return fail(err, "cannot read the archive (" + IoFailures.describe(e) + "); the details are in "
                    + LogFolder.logFile());
        } catch (InvalidPathException e) {
            return fail(err, "not a valid folder path: " + e.getInput());
        } catch (RuntimeException e) {
            Log.LOG.error("The command {} failed", args[0], e);
            return fail(err, "an internal error stopped the command; the details are in " + LogFolder.logFile());
        } catch (OutOfMemoryError e) {
            Log.LOG.error("The command {} ran out of memory", args[0], e);
            return fail(err, OutOfMemoryFailure.advice());
        }
    }

    private static int fail(PrintStream err, String message) {
        err.println("error: " + String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").strip());
        err.flush();
        return ERROR;
    }

    /**
     * The whole standard output of a successful command; nothing is printed until it has all been made. An
     * export, which may be larger than memory, is written to {@code out} itself once it is complete.
     */
    private String execute(String[] args, PrintStream out, PrintStream err) throws UsageException, IOException {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case SEARCH -> search(Arguments.parse(rest, withShared(ARCHIVE, MAP, "query", "from", "to", "sort", "limit",
                    "author", "source"), Set.of("collapse"), Set.of()));
            case DIFF -> diff(Arguments.parse(rest, Set.of(ARCHIVE, MAP)));
            case SHOW -> show(Arguments.parse(rest, withShared(ARCHIVE, MAP)));
            case MARK -> mark(Arguments.parse(rest, Set.of(ARCHIVE, MAP, "tag", "untag", "note"),
                    Set.of("star", "unstar", "read", "unread"), Set.of("tag", "untag")));
            case EXPORT -> new ExportCommand(archives, shared).run(Arguments.parse(rest,
                    withShared(ARCHIVE, MAP, "query", "from", "to", "author", "source", "format", "output"),
                    Set.of("text"), Set.of()), out);
            case PUBLISH -> new PublishCommand(archives, shared, followLinksOutside).run(Arguments.parse(rest,
                    withShared(ARCHIVE, MAP, "shards", "replicas"), Set.of("watch"), Set.of()), out, err);
            case BENCH -> bench(Arguments.parse(rest, Set.of("articles", "seed", "body", "format")));
            default -> USAGE;
        };
    }

    /** A command's options and those that name a shared archive instead of a folder. */
    private static Set<String> withShared(String... options) {
        Set<String> all = new java.util.HashSet<>(Set.of(options));
        all.addAll(SharedOptions.NAMES);
        return all;
    }

    private String search(Arguments arguments) throws UsageException, IOException {
        noPositionals(arguments, SEARCH);
        SearchRequest request = SearchOptions.request(arguments, limit(arguments))
                .withCollapse(arguments.flag("collapse"));
        Optional<SharedArchive> sharedArchive = shared.archive(arguments);
        if (sharedArchive.isPresent()) {
            try (SolrArchiveSearch searcher = SolrArchiveSearch.open(sharedArchive.get())) {
                return JsonOutput.write(JsonOutput.SearchOutput.of(searcher.search(request), searcher.problems(), true));
            } catch (InvalidQueryException e) {
                throw new UsageException("invalid query: " + e.getMessage());
            }
        }
        try (ArchiveSession session = open(arguments)) {
            session.ingest(IngestListener.NONE);
            SearchResult result;
            try {
                result = session.searcher().search(request);
            } catch (IOException | RuntimeException failure) {
                if (!session.repairIfDamaged(failure)) {
                    throw failure;
                }
                result = session.searcher().search(request);
            }
            return JsonOutput.write(JsonOutput.SearchOutput.of(result, session.problems(), session.isComplete()));
        } catch (InvalidQueryException e) {
            throw new UsageException("invalid query: " + e.getMessage());
        }
    }

    private String show(Arguments arguments) throws UsageException, IOException {
        if (arguments.positionals().size() != 1) {
            throw new UsageException(arguments.positionals().isEmpty()
                    ? "show needs the id of an article" : "show takes one article id, not " + arguments.positionals().size());
        }
        String id = arguments.positionals().get(0);
        Optional<SharedArchive> sharedArchive = shared.archive(arguments);
        if (sharedArchive.isPresent()) {
            try (SolrArchiveSearch searcher = SolrArchiveSearch.open(sharedArchive.get())) {
                HighlightedArticle found = article(searcher, id);
                return json(JsonOutput.ShowOutput.of(found.article(), searcher.similarTo(id, SIMILAR_ARTICLES),
                        found.marks(), searcher.versionsOf(id)));
            }
        }
        try (ArchiveSession session = open(arguments)) {
            session.ingest(IngestListener.NONE);
            HighlightedArticle found = article(session.searcher(), id);
            return json(JsonOutput.ShowOutput.of(found.article(), session.searcher().similarTo(id, SIMILAR_ARTICLES),
                    found.marks(), session.searcher().versionsOf(id)));
        }
    }

    private String diff(Arguments arguments) throws UsageException, IOException {
        if (arguments.positionals().size() != 2) {
            throw new UsageException("diff needs the ids of two articles, not " + arguments.positionals().size());
        }
        String first = arguments.positionals().get(0);
        String second = arguments.positionals().get(1);
        try (ArchiveSession session = open(arguments)) {
            session.ingest(IngestListener.NONE);
            article(session.searcher(), first);
            article(session.searcher(), second);
            List<WordDiff.Piece> pieces = session.searcher().compare(first, second)
                    .orElseThrow(() -> new UsageException("no article with id \"" + first + "\" or \"" + second + "\""));
            return json(pieces.stream().map(JsonOutput.PieceOutput::of).toList());
        }
    }

    private static HighlightedArticle article(ArchiveSearch searcher, String id) throws UsageException, IOException {
        try {
            return searcher.read(id, "", false)
                    .orElseThrow(() -> new UsageException("no article with id \"" + id + "\""));
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("an empty query is always valid", e);
        }
    }

    private String mark(Arguments arguments) throws UsageException, IOException {
        if (arguments.positionals().size() != 1) {
            throw new UsageException(arguments.positionals().isEmpty()
                    ? "mark needs the id of an article" : "mark takes one article id, not " + arguments.positionals().size());
        }
        String id = arguments.positionals().get(0);
        MarkChange change = new MarkChange(either(arguments, "star", "unstar"),
                Set.copyOf(arguments.all("tag")), Set.copyOf(arguments.all("untag")),
                arguments.option("note").orElse(null), either(arguments, "read", "unread"));
        try (ArchiveSession session = open(arguments)) {
            session.ingest(IngestListener.NONE);
            HighlightedArticle found = article(session.searcher(), id);
            Marks marks = found.marks();
            if (!change.isEmpty()) {
                ArticleRef article = new ArticleRef(id, found.fingerprint(), found.article().title());
                try {
                    marks = session.marks().apply(List.of(article), change).get(id);
                } catch (MarkException e) {
                    throw new UsageException(e.getMessage());
                }
            }
            return json(JsonOutput.MarksOutput.of(id, marks));
        }
    }

    /** True for {@code --yes}, false for {@code --no}, null for neither; both at once is a mistake. */
    private static Boolean either(Arguments arguments, String yes, String no) throws UsageException {
        if (arguments.flag(yes) && arguments.flag(no)) {
            throw new UsageException("--" + yes + " and --" + no + " cannot be given together");
        }
        return arguments.flag(yes) ? Boolean.TRUE : arguments.flag(no) ? Boolean.FALSE : null;
    }

    private String bench(Arguments arguments) throws UsageException, IOException {
        noPositionals(arguments, BENCH);
        int articles = positiveNumber(arguments, "articles")
                .orElseThrow(() -> new UsageException("bench needs --articles N"));
        long seed = arguments.option("seed").isPresent() ? positiveNumber(arguments, "seed").orElseThrow() : 1;
        SyntheticArchive.Body body = switch (arguments.option("body").orElse("long")) {
            case "long" -> SyntheticArchive.Body.LONG;
            case "short" -> SyntheticArchive.Body.SHORT;
            default -> throw new UsageException("--body must be short (0.5-2 KB) or long (2-4 KB)");
        };
        SyntheticFormat format = switch (arguments.option("format").orElse("text")) {
            case "text" -> SyntheticFormat.TEXT;
            case "html" -> SyntheticFormat.HTML;
            case "rss" -> SyntheticFormat.RSS;
            case "warc" -> SyntheticFormat.WARC;
            default -> throw new UsageException("--format must be text, html, rss or warc");
        };
        return json(new Benchmark(articles, seed, body, format).run());
    }

    private static Optional<Integer> positiveNumber(Arguments arguments, String name) throws UsageException {
        Optional<String> value = arguments.option(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number > 0) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a whole number above 0, not \"" + value.get() + "\"");
    }

    private static String json(Object value) {
        try {
            return JsonOutput.write(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static void noPositionals(Arguments arguments, String command) throws UsageException {
        if (!arguments.positionals().isEmpty()) {
            throw new UsageException(command + " does not take \"" + arguments.positionals().get(0)
                    + "\"; put text to search after --query");
        }
    }

    /** Opens the archive the arguments name, reading its JSON records as {@code --map} or the settings say. */
    private ArchiveSession open(Arguments arguments) throws UsageException, IOException {
        Path folder = archive(arguments);
        return archives.sessionsFor(arguments, folder).open(folder);
    }

    static Path archive(Arguments arguments) throws IOException {
        Optional<String> archive = arguments.option(ARCHIVE);
        return archive.isPresent() ? Path.of(archive.get()) : BundledSample.folder();
    }

    private static int limit(Arguments arguments) throws UsageException {
        Optional<String> value = arguments.option("limit");
        if (value.isEmpty()) {
            return SearchRequest.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.get());
            if (limit >= 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below, with the other bad values
        }
        throw new UsageException("--limit must be a whole number, 0 or more, not \"" + value.get() + "\"");
    }
}
