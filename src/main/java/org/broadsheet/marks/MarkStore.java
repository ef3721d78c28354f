package org.broadsheet.marks;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.broadsheet.article.MarkSnapshot;
import org.broadsheet.article.MarkedArticle;
import org.broadsheet.article.Marks;
import org.broadsheet.platform.ArchivePlaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The marks of one archive (stars, tags, notes, read state) with its saved searches and recent queries, in an
 * SQLite file of the user's data folder, never in the archive and never in the cache. Every change is one
 * transaction; every read of the marks for searching is a {@link MarkSnapshot}, replaced after each change.
 * A second window or process on the same file sees this one's changes once it {@link #watch watches}.
 * Thread-safe: calls are serialised on the one connection; none should be made on the UI thread.
 */
public final class MarkStore implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(MarkStore.class);
    /** The recent queries kept per archive. */
    static final int RECENT_QUERIES = 50;
    /** The kinds of a saved search's filters, as {@code saved_search_filter.kind} holds them. */
    private static final String AUTHOR_FILTER = "author";
    private static final String SOURCE_FILTER = "source";
    private static final String TAG_FILTER = "tag";

    private final Path file;
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private MarkDatabase.Opened database;
    private volatile MarkSnapshot snapshot = MarkSnapshot.EMPTY;
    private volatile Map<String, MarkedArticle> byId = Map.of();
    private long versions;
    private long dataVersion = -1;
    private ScheduledExecutorService watching;

    private MarkStore(Path file, MarkDatabase.Opened database) {
        this.file = file;
        this.database = database;
        this.notices.addAll(database.notices());
    }

    /** The marks of the archive in {@code archiveFolder}, in a file of {@code marksFolder} named after it. */
    public static MarkStore forArchive(Path marksFolder, Path archiveFolder) throws IOException {
        Path file = marksFolder.resolve(ArchivePlaces.nameFor(archiveFolder) + ".sqlite");
        if (ArchivePlaces.isInside(file, archiveFolder)) {
            // Marks inside the archive would be written into it, which Broadsheet never does.
            return opened(null, memory(List.of("The data folder is inside the archive, so marks are kept until "
                    + "Broadsheet closes.")));
        }
        return open(file);
    }

    /** The marks in this SQLite file, made if it does not exist. */
    public static MarkStore open(Path file) {
        try {
            return opened(file, MarkDatabase.open(file));
        } catch (SQLException e) {
            LOG.warn("Cannot open the marks file {}", file, e);
            return opened(null, memory(List.of("Marks can't be saved in " + file.getParent()
                    + ": they are kept until Broadsheet closes.")));
        }
    }

    /** Marks kept until the store closes: for tests, and when nothing can be written. */
    public static MarkStore inMemory() {
        return opened(null, memory(List.of()));
    }

    private static MarkDatabase.Opened memory(List<String> notices) {
        try {
            return MarkDatabase.inMemory(notices);
        } catch (SQLException e) {
            throw new IllegalStateException("SQLite cannot make a database in memory", e);
        }
    }

    private static MarkStore opened(Path file, MarkDatabase.Opened database) {
        MarkStore store = new MarkStore(file, database);
        synchronized (store) {
            store.reloadQuietly();
        }
        return store;
    }

    /** One-line messages for the user about the marks file: set aside, read-only, locked, in memory. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** Whether marks can be changed now. */
    public synchronized boolean isWritable() {
        return database.access() == MarkDatabase.Access.WRITABLE;
    }

    /** Runs {@code listener} after the marks changed, here or in another window; on the changing thread. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    // ----- reading -----

    /** Every marked article, as of the last change. */
    public MarkSnapshot snapshot() {
        return snapshot;
    }

    /** The marks of the article with this id, as of the last change. */
    public Marks marksOf(String id) {
        MarkedArticle marked = byId.get(id);
        return marked == null ? Marks.NONE : marked.marks();
    }

    /** Every tag in use, as the user wrote it, with how many articles have it, in alphabetical order. */
    public Map<String, Integer> tagCounts() {
        Map<String, String> names = new TreeMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (MarkedArticle marked : snapshot.articles()) {
            for (String tag : marked.marks().tags()) {
                names.putIfAbsent(Marks.tagKey(tag), tag);
                counts.merge(Marks.tagKey(tag), 1, Integer::sum);
            }
        }
        Map<String, Integer> byName = new LinkedHashMap<>();
        names.forEach((key, name) -> byName.put(name, counts.get(key)));
        return byName;
    }

    /** A marked article that is no longer in the archive, with what was marked on it. */
    public record MissingArticle(String id, String title, Marks marks) {
    }

    /** The marked articles that are no longer in the archive, whose marks are kept until the user removes them. */
    public synchronized List<MissingArticle> missing() throws MarkException {
        Connection connection = connection(false);
        List<MissingArticle> missing = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT article_id, title FROM marked_article WHERE missing = 1 ORDER BY article_id")) {
            while (rows.next()) {
                missing.add(new MissingArticle(rows.getString(1), rows.getString(2), marksOf(rows.getString(1))));
            }
        } catch (SQLException e) {
            throw failed("list the missing articles", e);
        }
        return missing;
    }

    // ----- changing marks -----

    /**
     * Changes the marks of these articles, all in one transaction.
     *
     * @return each article's marks after the change
     * @throws MarkException when a tag or note is not allowed, or the change could not be saved; nothing changed
     */
    public Map<String, Marks> apply(Collection<ArticleRef> articles, MarkChange change) throws MarkException {
        Set<String> addTags = new LinkedHashSet<>();
        for (String tag : change.addTags()) {
            addTags.add(MarkRules.tag(tag));
        }
        String note = change.note() == null ? null : MarkRules.note(change.note());
        synchronized (this) {
            Connection connection = connection(true);
            long now = System.currentTimeMillis();
            inTransaction(connection, "save the marks", () -> {
                for (ArticleRef article : articles) {
                    applyTo(connection, article, change, addTags, note, now);
                }
            });
            reloadQuietly();
        }
        fire();
        Map<String, Marks> after = new LinkedHashMap<>();
        articles.forEach(article -> after.put(article.id(), marksOf(article.id())));
        return after;
    }

    private static void applyTo(Connection connection, ArticleRef article, MarkChange change, Set<String> addTags,
                                String note, long now) throws SQLException {
        Long row = rowOf(connection, article.id());
        if (row == null && !adds(change, note)) {
            return;
        }
        if (row == null) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO marked_article "
                    + "(article_id, fingerprint, marked_fingerprint, title, changed_at) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, article.id());
                insert.setString(2, article.fingerprint());
                insert.setString(3, article.fingerprint());
                insert.setString(4, article.title());
                insert.setLong(5, now);
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    row = key.getLong(1);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE marked_article SET "
                + "starred = COALESCE(?, starred), "
                + "read_at = CASE WHEN ? IS NULL THEN read_at WHEN ? = 1 THEN COALESCE(read_at, ?) ELSE NULL END, "
                + "note = CASE WHEN ? IS NULL THEN note WHEN ? = '' THEN NULL ELSE ? END, "
                + "fingerprint = ?, title = ?, missing = 0, changed_at = ?, "
                + "marked_fingerprint = CASE WHEN ? = 1 THEN ? ELSE marked_fingerprint END "
                + "WHERE id = ?")) {
            setBoolean(update, 1, change.starred());
            setBoolean(update, 2, change.read());
            setBoolean(update, 3, change.read());
            update.setLong(4, now);
            update.setString(5, note);
            update.setString(6, note == null ? null : note.isBlank() ? "" : note);
            update.setString(7, note);
            update.setString(8, article.fingerprint());
            update.setString(9, article.title());
            update.setLong(10, now);
            // Changing the marks means the user has seen the article as it is now; reading alone does not.
            update.setInt(11, change.changesMarks() ? 1 : 0);
            update.setString(12, article.fingerprint());
            update.setLong(13, row);
            update.executeUpdate();
        }
        for (String tag : addTags) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO tag (article, name, tag_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setLong(1, row);
                insert.setString(2, tag);
                insert.setString(3, Marks.tagKey(tag));
                insert.executeUpdate();
            }
        }
        for (String tag : change.removeTags()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM tag WHERE article = ? AND tag_key = ?")) {
                delete.setLong(1, row);
                delete.setString(2, Marks.tagKey(tag));
                delete.executeUpdate();
            }
        }
        // An article with nothing left to keep has no row: the table holds marked articles only.
        try (PreparedStatement prune = connection.prepareStatement("DELETE FROM marked_article WHERE id = ? "
                + "AND starred = 0 AND read_at IS NULL AND note IS NULL "
                + "AND NOT EXISTS (SELECT 1 FROM tag WHERE tag.article = marked_article.id)")) {
            prune.setLong(1, row);
            prune.executeUpdate();
        }
    }

    /** Whether the change gives an unmarked article something to keep. */
    private static boolean adds(MarkChange change, String note) {
        return Boolean.TRUE.equals(change.starred()) || Boolean.TRUE.equals(change.read())
                || !change.addTags().isEmpty() || (note != null && !note.isBlank());
    }

    private static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value ? 1 : 0);
        }
    }

    private static Long rowOf(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM marked_article WHERE article_id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    /** Removes every mark of these articles: for marked articles that are gone and that the user lets go. */
    public void forget(Collection<String> ids) throws MarkException {
        synchronized (this) {
            Connection connection = connection(true);
            inTransaction(connection, "remove the marks", () -> {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM marked_article WHERE article_id = ?")) {
                    for (String id : ids) {
                        delete.setString(1, id);
                        delete.executeUpdate();
                    }
                }
            });
            reloadQuietly();
        }
        fire();
    }

    /**
     * Follows the marked articles to where they are now, after the archive changed: an article moved or renamed
     * is found by its fingerprint and its marks go with it; an edited article keeps its marks and is noted as
     * changed; an article that is gone keeps its marks, listed as {@link #missing}, and is found again if it
     * comes back. Run it only when the index holds the whole archive.
     */
    public void reattach(ArticleLocator locator) throws IOException, MarkException {
        boolean changed;
        synchronized (this) {
            if (database.access() != MarkDatabase.Access.WRITABLE || snapshot.articles().isEmpty()) {
                return;
            }
            Connection connection = connection(true);
            List<Row> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery(
                         "SELECT id, article_id, fingerprint, missing FROM marked_article")) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3),
                            result.getInt(4) == 1));
                }
            } catch (SQLException e) {
                throw failed("follow the marked articles", e);
            }
            Map<String, String> current = locator.fingerprintsOf(rows.stream().map(Row::articleId).toList());
            List<Row> unsettled = rows.stream()
                    .filter(row -> row.missing() || !row.fingerprint().equals(current.get(row.articleId()))).toList();
            if (unsettled.isEmpty()) {
                return;
            }
            Map<String, String> moved = locator.idsWithFingerprints(unsettled.stream().map(Row::fingerprint).toList());
            Set<String> taken = new HashSet<>(rows.stream().map(Row::articleId).toList());
            List<SqlStep> steps = new ArrayList<>();
            for (Row row : unsettled) {
                String now = current.get(row.articleId());
                String elsewhere = moved.get(row.fingerprint());
                if (elsewhere != null && !elsewhere.equals(row.articleId()) && !taken.contains(elsewhere)) {
                    taken.remove(row.articleId());
                    taken.add(elsewhere);
                    steps.add(c -> update(c, "UPDATE marked_article SET article_id = ?, missing = 0 WHERE id = ?",
                            elsewhere, row.id()));
                } else if (now != null) {
                    steps.add(c -> update(c, "UPDATE marked_article SET fingerprint = ?, missing = 0 WHERE id = ?",
                            now, row.id()));
                } else if (!row.missing()) {
                    steps.add(c -> update(c, "UPDATE marked_article SET missing = 1 WHERE id = ?", null, row.id()));
                }
            }
            changed = !steps.isEmpty();
            if (changed) {
                inTransaction(connection, "follow the marked articles", () -> {
                    for (SqlStep step : steps) {
                        step.run(connection);
                    }
                });
                reloadQuietly();
            }
        }
        if (changed) {
            fire();
        }
    }

    private record Row(long id, String articleId, String fingerprint, boolean missing) {
    }

    @FunctionalInterface
    private interface SqlStep {
        void run(Connection connection) throws SQLException;
    }

    private static void update(Connection connection, String sql, String text, long row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            if (text != null) {
                statement.setString(index++, text);
            }
            statement.setLong(index, row);
            statement.executeUpdate();
        }
    }

    // ----- saved searches and recent queries -----

    /** Every saved search, by name. */
    public synchronized List<SavedSearch> savedSearches() throws MarkException {
        Connection connection = connection(false);
        Map<String, SavedSearch> searches = new LinkedHashMap<>();
        // By kind, then by search: each kind's values of each search.
        Map<String, Map<String, Set<String>>> filters = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT search, kind, value FROM saved_search_filter")) {
                while (rows.next()) {
                    filters.computeIfAbsent(rows.getString(2), kind -> new HashMap<>())
                            .computeIfAbsent(rows.getString(1), name -> new LinkedHashSet<>()).add(rows.getString(3));
                }
            }
            Map<String, Set<String>> authors = filters.getOrDefault(AUTHOR_FILTER, Map.of());
            Map<String, Set<String>> sources = filters.getOrDefault(SOURCE_FILTER, Map.of());
            Map<String, Set<String>> tags = filters.getOrDefault(TAG_FILTER, Map.of());
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name, query, from_day, to_day FROM saved_search ORDER BY name COLLATE NOCASE")) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    searches.put(name, new SavedSearch(name, rows.getString(2), day(rows.getString(3)),
                            day(rows.getString(4)), authors.getOrDefault(name, Set.of()),
                            sources.getOrDefault(name, Set.of()), tags.getOrDefault(name, Set.of())));
                }
            }
        } catch (SQLException e) {
            throw failed("read the saved searches", e);
        }
        return List.copyOf(searches.values());
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** Saves a search under its name, replacing one saved under the same name. */
    public void save(SavedSearch search) throws MarkException {
        String name = MarkRules.searchName(search.name());
        synchronized (this) {
            Connection connection = connection(true);
            inTransaction(connection, "save the search", () -> {
                try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO saved_search "
                        + "(name, query, from_day, to_day, saved_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE "
                        + "SET query = excluded.query, from_day = excluded.from_day, to_day = excluded.to_day, "
                        + "saved_at = excluded.saved_at")) {
                    upsert.setString(1, name);
                    upsert.setString(2, search.query());
                    upsert.setString(3, search.from() == null ? null : search.from().toString());
                    upsert.setString(4, search.to() == null ? null : search.to().toString());
                    upsert.setLong(5, System.currentTimeMillis());
                    upsert.executeUpdate();
                }
                try (PreparedStatement clear = connection.prepareStatement(
                        "DELETE FROM saved_search_filter WHERE search = ?")) {
                    clear.setString(1, name);
                    clear.executeUpdate();
                }
                try (PreparedStatement filter = connection.prepareStatement(
                        "INSERT INTO saved_search_filter (search, kind, value) VALUES (?, ?, ?)")) {
                    insertFilters(filter, name, AUTHOR_FILTER, search.authors());
                    insertFilters(filter, name, SOURCE_FILTER, search.sources());
                    insertFilters(filter, name, TAG_FILTER, search.tags());
                }
            });
        }
        fire();
    }

    private static void insertFilters(PreparedStatement filter, String search, String kind, Set<String> values)
            throws SQLException {
        for (String value : values) {
            filter.setString(1, search);
            filter.setString(2, kind);
            filter.setString(3, value);
            filter.executeUpdate();
        }
    }

    public void deleteSavedSearch(String name) throws MarkException {
        synchronized (this) {
            Connection connection = connection(true);
            inTransaction(connection, "delete the saved search", () -> {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM saved_search WHERE name = ?")) {
                    delete.setString(1, name);
                    delete.executeUpdate();
                }
            });
        }
        fire();
    }

    /** The queries last searched, most recent first. */
    public synchronized List<String> recentQueries(int limit) throws MarkException {
        Connection connection = connection(false);
        List<String> queries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT query FROM recent_query ORDER BY used_at DESC, rowid DESC LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    queries.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failed("read the recent searches", e);
        }
        return queries;
    }

    /** Remembers a query as searched now; the oldest beyond {@link #RECENT_QUERIES} are forgotten. */
    public void rememberQuery(String query) throws MarkException {
        String kept = query == null ? "" : query.strip();
        if (kept.isEmpty()) {
            return;
        }
        synchronized (this) {
            Connection connection = connection(true);
            inTransaction(connection, "remember the search", () -> {
                try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO recent_query (query, used_at) "
                        + "VALUES (?, ?) ON CONFLICT (query) DO UPDATE SET used_at = excluded.used_at")) {
                    upsert.setString(1, kept);
                    upsert.setLong(2, System.currentTimeMillis());
                    upsert.executeUpdate();
                }
                try (PreparedStatement trim = connection.prepareStatement("DELETE FROM recent_query WHERE query NOT IN "
                        + "(SELECT query FROM recent_query ORDER BY used_at DESC, rowid DESC LIMIT ?)")) {
                    trim.setInt(1, RECENT_QUERIES);
                    trim.executeUpdate();
                }
            });
        }
    }

    // ----- other windows -----

    /**
     * Looks every {@code intervalMillis} for changes made by another window or process, and tells the listeners
     * when there are. Stops when the store closes.
     */
    public synchronized void watch(long intervalMillis) {
        if (watching != null || database.connection() == null && database.access() != MarkDatabase.Access.LOCKED) {
            return;
        }
        watching = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "broadsheet-marks-watch");
            thread.setDaemon(true);
            return thread;
        });
        watching.scheduleWithFixedDelay(this::lookForOtherChanges, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void lookForOtherChanges() {
        boolean changed;
        synchronized (this) {
            if (database.access() == MarkDatabase.Access.LOCKED) {
                changed = tryReopen();
            } else {
                long before = dataVersion;
                changed = readDataVersion() != before;
                if (changed) {
                    reloadQuietly();
                }
            }
        }
        if (changed) {
            fire();
        }
    }

    // ----- the connection -----

    /**
     * The connection to use now. A file that another program held locked is tried again first.
     *
     * @param toWrite whether the caller will change something
     */
    private Connection connection(boolean toWrite) throws MarkException {
        if (database.access() == MarkDatabase.Access.LOCKED && !tryReopen()) {
            throw new MarkException(toWrite ? "The marks file is locked by another program, so the change was not "
                    + "saved; try again when it lets go." : MarkDatabase.LOCKED_NOTICE);
        }
        if (toWrite && database.access() == MarkDatabase.Access.READ_ONLY) {
            throw new MarkException("The marks file is read-only, so the change was not saved.");
        }
        return database.connection();
    }

    /** Opens a file that was locked, when it no longer is; returns whether it now is open. */
    private boolean tryReopen() {
        if (file == null) {
            return false;
        }
        try {
            MarkDatabase.Opened reopened = MarkDatabase.open(file);
            if (reopened.access() == MarkDatabase.Access.LOCKED) {
                return false;
            }
            database = reopened;
            notices.remove(MarkDatabase.LOCKED_NOTICE);
            notices.addAll(reopened.notices());
            reloadQuietly();
            return true;
        } catch (SQLException e) {
            LOG.warn("Cannot open the marks file {} again", file, e);
            return false;
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    private static void inTransaction(Connection connection, String what, Work work) throws MarkException {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    private static MarkException failed(String what, SQLException failure) {
        LOG.warn("Could not {}", what, failure);
        return new MarkException(SqlFailures.notSaved(failure), failure);
    }

    /** Reads every mark into a new snapshot; a failure leaves the last one, and is logged. */
    private void reloadQuietly() {
        Connection connection = database.connection();
        if (connection == null) {
            return;
        }
        try {
            Map<Long, List<String>> tags = new HashMap<>();
            List<MarkedArticle> articles = new ArrayList<>();
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("SELECT article, name FROM tag")) {
                    while (rows.next()) {
                        tags.computeIfAbsent(rows.getLong(1), row -> new ArrayList<>()).add(rows.getString(2));
                    }
                }
                try (ResultSet rows = statement.executeQuery("SELECT id, article_id, fingerprint, "
                        + "marked_fingerprint, starred, read_at IS NOT NULL, note FROM marked_article")) {
                    while (rows.next()) {
                        Marks marks = new Marks(rows.getInt(5) == 1, tags.getOrDefault(rows.getLong(1), List.of()),
                                rows.getString(7), rows.getInt(6) == 1, !rows.getString(3).equals(rows.getString(4)));
                        articles.add(new MarkedArticle(rows.getString(2), rows.getString(3), marks));
                    }
                }
            }
            Map<String, MarkedArticle> ids = new HashMap<>();
            articles.forEach(article -> ids.put(article.id(), article));
            byId = ids;
            snapshot = new MarkSnapshot(++versions, articles);
            readDataVersion();
        } catch (SQLException e) {
            LOG.warn("Could not read the marks of {}", Optional.ofNullable(file).map(Path::toString).orElse("memory"), e);
        }
    }

    /** SQLite's count of commits by other connections, remembered for the next look. */
    private long readDataVersion() {
        Connection connection = database.connection();
        if (connection == null) {
            return dataVersion;
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA data_version")) {
            if (result.next()) {
                dataVersion = result.getLong(1);
            }
        } catch (SQLException e) {
            LOG.debug("Could not read the marks file's data version", e);
        }
        return dataVersion;
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    @Override
    public synchronized void close() {
        if (watching != null) {
            watching.shutdownNow();
        }
        Connection connection = database.connection();
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Could not close the marks file {}", file, e);
            }
        }
    }
}
