package org.broadsheet.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.broadsheet.article.Article;

/**
 * Articles as RIS references of type {@code NEWS}, the tagged format Zotero, EndNote and JabRef import: one
 * {@code TAG  - value} line per field, {@code ER  - } after each. A value is one line, so line breaks inside
 * one become spaces. The article's file is linked ({@code L1}) so that a citation manager can open it.
 */
final class RisRows implements RowWriter {

    private static final DateTimeFormatter RIS_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd/");

    private final Writer out;
    private final Path archiveFolder;

    /** @param archiveFolder where the archive is, to link each article's file; or null not to link them */
    RisRows(Writer out, Path archiveFolder) {
        this.out = out;
        this.archiveFolder = archiveFolder;
    }

    @Override
    public void write(ExportRow row) throws IOException {
        Article article = row.article();
        line("TY", "NEWS");
        line("TI", row.title());
        line("AU", row.author());
        OffsetDateTime published = article.publicationDate().orElse(null);
        if (published != null) {
            line("PY", String.valueOf(published.getYear()));
            line("DA", RIS_DATE.format(published));
        }
        line("AB", article.standfirst());
        for (String tag : row.tags()) {
            line("KW", tag);
        }
        line("N1", row.note());
        line("UR", article.url());
        if (archiveFolder != null && row.path() != null) {
            line("L1", archiveFolder.resolve(row.path()).toUri().toString());
        }
        line("DB", archiveFolder == null || archiveFolder.getFileName() == null ? null
                : archiveFolder.getFileName().toString());
        line("ID", row.id());
        out.write("ER  - \r\n\r\n");
    }

    private void line(String tag, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        // RIS lines end in CR LF; a value cannot span lines.
        out.write(tag + "  - " + value.replaceAll("\\s*\\R\\s*", " ").strip() + "\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
