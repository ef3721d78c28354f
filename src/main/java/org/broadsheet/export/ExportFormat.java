package org.broadsheet.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats Broadsheet exports articles in, for spreadsheets, scripts and citation managers. */
public enum ExportFormat {
    /** A spreadsheet: one row per article, RFC 4180. */
    CSV("csv", "CSV (spreadsheets)"),
    /** One JSON object per line, for scripts. */
    JSONL("jsonl", "JSON Lines (scripts)"),
    /** RIS, which Zotero, EndNote and JabRef import; each article a {@code NEWS} reference. */
    RIS("ris", "RIS (Zotero, EndNote, JabRef)");

    private final String name;
    private final String description;

    ExportFormat(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** The format's name on the command line, which is also its files' extension. */
    public String extension() {
        return name;
    }

    public String description() {
        return description;
    }

    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values()).filter(format -> format.name.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
