package org.broadsheet.marks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of a marks database and how each older version becomes the next. A database's version is its
 * {@code user_version}; migrations only go forward, each in one transaction, so a database is at one version
 * or the next, never between.
 */
final class MarksSchema {

    /** Migration {@code i} takes a database from version {@code i} to {@code i + 1}. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            // One row per article with any mark; an article is found by its id, or by its fingerprint after a move.
            // Times are milliseconds since 1970, which sort as they happened.
            """
            CREATE TABLE marked_article (
                id INTEGER PRIMARY KEY,
                article_id TEXT NOT NULL UNIQUE,
                fingerprint TEXT NOT NULL,
                marked_fingerprint TEXT NOT NULL,
                title TEXT NOT NULL,
                starred INTEGER NOT NULL DEFAULT 0,
                read_at INTEGER,
                note TEXT,
                missing INTEGER NOT NULL DEFAULT 0,
                changed_at INTEGER NOT NULL
            )""",
            "CREATE INDEX marked_article_fingerprint ON marked_article (fingerprint)",
            """
            CREATE TABLE tag (
                article INTEGER NOT NULL REFERENCES marked_article (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                tag_key TEXT NOT NULL,
                PRIMARY KEY (article, tag_key)
            )""",
            "CREATE INDEX tag_by_key ON tag (tag_key)",
            """
            CREATE TABLE saved_search (
                name TEXT PRIMARY KEY,
                query TEXT NOT NULL,
                from_day TEXT,
                to_day TEXT,
                saved_at INTEGER NOT NULL
            )""",
            """
            CREATE TABLE saved_search_filter (
                search TEXT NOT NULL REFERENCES saved_search (name) ON DELETE CASCADE ON UPDATE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN ('author', 'tag')),
                value TEXT NOT NULL,
                PRIMARY KEY (search, kind, value)
            )""",
            "CREATE TABLE recent_query (query TEXT PRIMARY KEY, used_at INTEGER NOT NULL)"),
            // A saved search may keep outlets too. SQLite cannot change a CHECK in place: the table is made anew.
            List.of("""
            CREATE TABLE saved_search_filter_2 (
                search TEXT NOT NULL REFERENCES saved_search (name) ON DELETE CASCADE ON UPDATE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN ('author', 'source', 'tag')),
                value TEXT NOT NULL,
                PRIMARY KEY (search, kind, value)
            )""",
            "INSERT INTO saved_search_filter_2 (search, kind, value) "
                    + "SELECT search, kind, value FROM saved_search_filter",
            "DROP TABLE saved_search_filter",
            "ALTER TABLE saved_search_filter_2 RENAME TO saved_search_filter"));

    static final int LATEST = MIGRATIONS.size();

    private MarksSchema() {
    }

    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA user_version")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    /** Brings the database to {@link #LATEST}; the connection must be writable and in auto-commit mode. */
    static void migrate(Connection connection) throws SQLException {
        migrate(connection, LATEST);
    }

    /** Brings the database to {@code target}, no further: tests make older databases with it. */
    static void migrate(Connection connection, int target) throws SQLException {
        for (int version = version(connection); version < target; version++) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : MIGRATIONS.get(version)) {
                    statement.execute(sql);
                }
                // PRAGMA takes no parameters; the number is ours, never the user's.
                statement.execute("PRAGMA user_version = " + (version + 1));
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
