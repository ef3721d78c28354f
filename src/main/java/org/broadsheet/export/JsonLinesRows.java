package org.broadsheet.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Articles as JSON Lines: one object per line, the text's key only when the export asks for it. */
final class JsonLinesRows implements RowWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private final Writer out;
    private final ObjectWriter writer = MAPPER.writerFor(Line.class);

    JsonLinesRows(Writer out) {
        this.out = out;
    }

    @JsonPropertyOrder({"id", "title", "author", "published", "updated", "path", "tags", "star", "note", "text"})
    record Line(String id, String title, String author, String published, String updated, String path,
                List<String> tags, boolean star, String note,
                @JsonInclude(JsonInclude.Include.NON_NULL) String text) {
    }

    @Override
    public void write(ExportRow row) throws IOException {
        writer.writeValue(out, new Line(row.id(), row.title(), row.author(), row.published(), row.updated(),
                row.path(), row.tags(), row.star(), row.note(), row.text()));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
