package org.broadsheet.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Articles as CSV, a header row first; Jackson's CSV module quotes and escapes (RFC 4180). Tags share one
 * cell, separated by {@value #TAG_SEPARATOR}.
 */
final class CsvRows implements RowWriter {

    static final String TAG_SEPARATOR = "; ";
    static final List<String> COLUMNS = List.of("id", "title", "author", "published", "updated", "path", "tags",
            "star", "note");

    private final SequenceWriter rows;
    private final boolean withText;

    CsvRows(Writer out, boolean withText) throws IOException {
        this.withText = withText;
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        if (withText) {
            schema.addColumn("text");
        }
        this.rows = new CsvMapper().writer(schema.build()).writeValues(out);
    }

    @Override
    public void write(ExportRow row) throws IOException {
        List<String> cells = new ArrayList<>(List.of(row.id(), row.title(), nullable(row.author()),
                nullable(row.published()), nullable(row.updated()), nullable(row.path()),
                String.join(TAG_SEPARATOR, row.tags()), String.valueOf(row.star()), nullable(row.note())));
        if (withText) {
            cells.add(row.text());
        }
        rows.write(cells.toArray(String[]::new));
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
