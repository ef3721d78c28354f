package org.broadsheet.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.broadsheet.search.ArticleSink;
import org.broadsheet.search.FoundArticle;

/**
 * Writes the articles a search hands it, as they come, in one {@link ExportFormat}, UTF-8: id, title, author,
 * dates, the file's path, tags, star, note, and the text when asked for. Not thread-safe: one per export.
 */
public final class ArticleExport implements ArticleSink, AutoCloseable {

    private final RowWriter rows;
    private final boolean withText;
    private int total = -1;
    private int written;

    /**
     * @param withText      whether each article's text is written too (CSV and JSON Lines)
     * @param archiveFolder the archive's folder, so that RIS can link each article's file
     */
    public ArticleExport(OutputStream out, ExportFormat format, boolean withText, Path archiveFolder)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.withText = withText;
        this.rows = switch (format) {
            case CSV -> new CsvRows(writer, withText);
            case JSONL -> new JsonLinesRows(writer);
            case RIS -> new RisRows(writer, archiveFolder);
        };
    }

    @Override
    public void begin(int count) {
        total = count;
    }

    @Override
    public void accept(FoundArticle article) throws IOException {
        rows.write(ExportRow.of(article, withText));
        written++;
    }

    /** How many articles the search said it would send, or -1 before it said. */
    public int total() {
        return total;
    }

    public int written() {
        return written;
    }

    /** Writes out what is buffered; the stream stays open for its owner to close. */
    @Override
    public void close() throws IOException {
        rows.close();
    }
}
