package org.broadsheet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.broadsheet.marks.ArticleRef;
import org.broadsheet.marks.MarkChange;
import org.broadsheet.search.HighlightedArticle;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.task.Cancellation;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports of real searches, read back by the tools that would read them: a CSV reader, a JSON parser, RIS by field. */
class ArticleExportTest {

    private static final int ARTICLES = 250;
    private static final String AWKWARD_NOTE = "Quote: \"we were, frankly, surprised\";\nsecond line, with a comma";

    @TempDir
    Path folder;

    private ArchiveSession session;

    @BeforeEach
    void openArchive() throws Exception {
        TestArchive archive = TestArchive.in(folder);
        for (int i = 0; i < ARTICLES; i++) {
            archive.file(String.format("wire/%03d.txt", i), "Updated March " + (1 + i % 28) + "th, 2021 at 10:00 IST\n\n"
                    + "Report " + i + ", \"quoted\", with commas\n\nThe standfirst of report " + i + ".\n\n"
                    + "Reported by: Writer " + (i % 3) + "\n\nA paragraph about the harbour.\n\nAnother one.\n");
        }
        session = ArchiveSession.open(folder);
        session.ingest(IngestListener.NONE);
        HighlightedArticle first = session.searcher().read("wire/007", "", false).orElseThrow();
        session.marks().apply(List.of(new ArticleRef("wire/007", first.fingerprint(), first.article().title())),
                new MarkChange(true, Set.of("harbour; port", "Ελλάδα"), Set.of(), AWKWARD_NOTE, null));
    }

    @AfterEach
    void close() throws Exception {
        session.close();
    }

    private String export(ExportFormat format, boolean withText) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArticleExport export = new ArticleExport(out, format, withText, folder)) {
            int sent = session.searcher().eachMatch(SearchRequest.of("harbour"), export, Cancellation.NEVER);
            assertEquals(ARTICLES, sent);
            assertEquals(ARTICLES, export.total());
            assertEquals(ARTICLES, export.written());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvHasOneRowPerMatchAndReadsBackFieldForField() throws Exception {
        String csv = export(ExportFormat.CSV, true);
        CsvMapper mapper = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> read = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            read.forEachRemaining(rows::add);
        }
        assertEquals(ARTICLES, rows.size(), "every match, not a page");
        Map<String, String> marked = rows.stream().filter(row -> row.get("id").equals("wire/007")).findFirst().orElseThrow();
        assertEquals(List.of("id", "title", "author", "published", "updated", "path", "tags", "star", "note", "text"),
                List.copyOf(marked.keySet()));
        assertEquals("Report 7, \"quoted\", with commas", marked.get("title"));
        assertEquals("Writer 1", marked.get("author"));
        assertEquals("", marked.get("published"), "the article printed only when it was updated");
        assertEquals("2021-03-08T10:00+05:30", marked.get("updated"));
        assertEquals("wire/007.txt", marked.get("path"));
        assertEquals("harbour; port; Ελλάδα", marked.get("tags"));
        assertEquals("true", marked.get("star"));
        assertEquals(AWKWARD_NOTE, marked.get("note"));
        assertEquals("The standfirst of report 7.\n\nA paragraph about the harbour.\n\nAnother one.", marked.get("text"));
    }

    @Test
    void jsonLinesHasOneObjectPerLineAndTheTextOnlyWhenAskedFor() throws Exception {
        String lines = export(ExportFormat.JSONL, false);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> objects = new ArrayList<>();
        for (String line : lines.split("\n")) {
            objects.add(json.readTree(line));
        }
        assertEquals(ARTICLES, objects.size());
        JsonNode marked = objects.stream().filter(node -> node.get("id").asText().equals("wire/007")).findFirst().orElseThrow();
        assertEquals(List.of("harbour; port", "Ελλάδα"), List.of(marked.get("tags").get(0).asText(),
                marked.get("tags").get(1).asText()));
        assertTrue(marked.get("star").asBoolean());
        assertEquals(AWKWARD_NOTE, marked.get("note").asText());
        assertTrue(marked.get("text") == null, "no text unless asked for");
        assertTrue(objects.get(1).get("note").isNull());
    }

    @Test
    void risHasOneNewsReferencePerMatchWithItsFieldsOnTheirLines() throws Exception {
        String ris = export(ExportFormat.RIS, false);
        List<List<String>> references = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : ris.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            assertTrue(line.matches("[A-Z][A-Z0-9]  - .*"), () -> "not a RIS line: " + line);
            current.add(line);
            if (line.startsWith("ER  - ")) {
                references.add(current);
                current = new ArrayList<>();
            }
        }
        assertEquals(ARTICLES, references.size());
        List<String> marked = references.stream().filter(reference -> reference.contains("ID  - wire/007")).findFirst()
                .orElseThrow();
        assertEquals("TY  - NEWS", marked.get(0));
        assertTrue(marked.contains("TI  - Report 7, \"quoted\", with commas"));
        assertTrue(marked.contains("AU  - Writer 1"));
        assertTrue(marked.contains("PY  - 2021"));
        assertTrue(marked.contains("DA  - 2021/03/08/"));
        assertTrue(marked.contains("AB  - The standfirst of report 7."));
        assertTrue(marked.contains("KW  - harbour; port"));
        assertTrue(marked.contains("KW  - Ελλάδα"));
        assertTrue(marked.contains("N1  - Quote: \"we were, frankly, surprised\"; second line, with a comma"),
                "a value stays on its line");
        assertTrue(marked.contains("L1  - " + folder.resolve("wire/007.txt").toUri()));
        assertEquals("ER  - ", marked.get(marked.size() - 1));
    }

    @Test
    void exportsTheChosenArticlesInTheirOrder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArticleExport export = new ArticleExport(out, ExportFormat.JSONL, false, folder)) {
            session.searcher().eachArticle(List.of("wire/010", "not-there", "wire/002"), export, Cancellation.NEVER);
        }
        List<String> ids = out.toString(StandardCharsets.UTF_8).lines()
                .map(line -> line.replaceFirst("^\\{\"id\":\"([^\"]+)\".*", "$1")).toList();
        assertEquals(List.of("wire/010", "wire/002"), ids);
    }

    @Test
    void citesAnArticleByItsBylineTitleDateAndFile() throws Exception {
        HighlightedArticle article = session.searcher().read("wire/007", "", false).orElseThrow();
        assertEquals("Writer 1. \"Report 7, \"quoted\", with commas.\" 8 March 2021. " + folder.getFileName()
                + "/wire/007.txt.", Citation.of(article.article(), folder, article.file()));
    }
}
