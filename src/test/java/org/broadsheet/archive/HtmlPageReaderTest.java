package org.broadsheet.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved web pages read as articles: their main text without the page around it, their metadata. */
class HtmlPageReaderTest {

    private static final String STORY = """
            <p>The river rose through the night, and by dawn the old bridge was closed to traffic, officials said,
            as water lapped at the road and the police turned lorries back at both ends of the town.</p>
            <p>Shops along the embankment stayed shut, their owners stacking sandbags in doorways, while families
            from the lowest streets moved to the school on the hill, carrying what they could.</p>
            <p>Forecasters expect the rain to ease by the evening, but the river, fed by the hills, may not fall
            for another two days, and the bridge will stay closed until engineers have inspected it.</p>
            """;

    @TempDir
    Path folder;

    private final ArchiveReader reader = new ArchiveReader();

    private ArchiveFile write(String name, byte[] content) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return new ArchiveFile(name, folder, Files.size(file), 0);
    }

    private ArchiveFile write(String name, String content) throws Exception {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String page(String head, String article) {
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8">%s</head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> Subscribe now</nav>
                <div class="ad">Advertisement: buy the best sofa in town, with free delivery this week only</div>
                <main><article>%s</article></main>
                <section class="comments"><h3>Comments</h3><p>First!</p></section>
                <footer>Copyright The Daily. All rights reserved. Privacy policy. Cookie settings.</footer>
                <script>track('view');</script></body></html>
                """.formatted(head, article);
    }

    @Test
    void readsTheMainTextAndTheLinkedDataOfANewsPage() throws Exception {
        ArchiveFile file = write("saved/floods.html", page("""
                <title>Floods close the bridge | The Daily</title>
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "The Daily"},
                  {"@type": ["NewsArticle"], "headline": "Floods close the bridge",
                   "datePublished": "2021-03-04T08:30:00+05:30", "dateModified": "2021-03-04T18:00:00+05:30",
                   "author": [{"@type": "Person", "name": "Jay Pandya"}, {"@type": "Person", "name": "Anna Roy"}],
                   "description": "The river rose overnight.", "url": "https://example.com/floods"}]}</script>
                """, "<h1>Floods close the bridge</h1>" + STORY));
        FileReadResult result = reader.read(file);
        assertEquals(List.of(), result.problems());
        Article article = result.articles().get(0);
        assertEquals("saved/floods.html", article.id());
        assertEquals("Floods close the bridge", article.title());
        assertEquals("Jay Pandya, Anna Roy", article.author());
        assertEquals("The river rose overnight.", article.standfirst());
        assertEquals(OffsetDateTime.parse("2021-03-04T08:30+05:30"), article.published());
        assertEquals(OffsetDateTime.parse("2021-03-04T18:00+05:30"), article.updated());
        assertEquals("https://example.com/floods", article.url());
        assertEquals("example.com", article.source(), "without a site name, the address's host");
        String text = String.join("\n", article.paragraphs());
        assertTrue(text.contains("The river rose through the night"), text);
        assertTrue(text.contains("until engineers have inspected it."), text);
        for (String around : List.of("Subscribe", "sofa", "First!", "Copyright", "track(")) {
            assertFalse(text.contains(around), "the page around the article stays out: " + around);
        }
    }

    @Test
    void readsOpenGraphAndMetaTagsWhenThePageHasNoLinkedData() throws Exception {
        ArchiveFile file = write("polls.htm", page("""
                <title>Site title</title>
                <meta property="og:title" content="Polls open in the hills">
                <meta property="og:url" content="https://example.org/polls">
                <meta property="article:published_time" content="2021-03-05 07:00:00">
                <meta name="author" content="Lee Chan">
                <meta property="og:site_name" content="Hill Times">
                """, STORY));
        Article article = reader.read(file).articles().get(0);
        assertEquals("Polls open in the hills", article.title());
        assertEquals(3, article.paragraphs().size());
        assertEquals("Lee Chan", article.author());
        assertEquals("Hill Times", article.source());
        assertEquals(OffsetDateTime.parse("2021-03-05T07:00Z"), article.published());
        assertEquals("https://example.org/polls", article.url());
        assertEquals(3, article.paragraphs().size());
    }

    @Test
    void takesThePagesHeadingForItsTitleWithoutTheSiteNameOrARepeat() throws Exception {
        ArchiveFile file = write("plain.html", page("<title>River floods the valley | The Daily</title>",
                "<h1>River floods the valley</h1>" + STORY));
        Article article = reader.read(file).articles().get(0);
        assertEquals("River floods the valley", article.title());
        assertTrue(article.paragraphs().get(0).startsWith("The river rose"), article.paragraphs().get(0));
    }

    @Test
    void aPageWhoseOwnAddressIsRelativeIsStillRead() throws Exception {
        ArchiveFile file = write("relative.html", page("<meta property=\"og:url\" content=\"/floods\">"
                + "<title>Floods</title>", STORY));
        assertEquals(3, reader.read(file).articles().get(0).paragraphs().size());
    }

    @Test
    void readsThePageInTheEncodingItsMetaNames() throws Exception {
        String html = page("<meta charset=\"windows-1252\"><title>Caf\u00e9 r\u00e9opens</title>", STORY)
                .replace("<meta charset=\"utf-8\">", "");
        Article article = reader.read(write("cafe.html", html.getBytes(Charset.forName("windows-1252"))))
                .articles().get(0);
        assertEquals("Caf\u00e9 r\u00e9opens", article.title());
    }

    @Test
    void aPageNestedTenThousandDeepOrWithoutTextIsAProblemOrABoundedArticle() throws Exception {
        String deep = "<html><body>" + "<div>".repeat(10_000) + "Deep text at the bottom." + "</div>".repeat(10_000)
                + "</body></html>";
        FileReadResult nested = reader.read(write("deep.html", deep));
        assertTrue(nested.articles().size() + nested.problems().size() == 1, nested.toString());

        assertEquals(List.of(new Problem("empty.html", "no article text in the page")),
                reader.read(write("empty.html", "<html><head><title></title></head><body> </body></html>")).problems());
    }
}
