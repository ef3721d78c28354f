package org.broadsheet.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.FieldMap;
import org.broadsheet.article.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one file yields: articles, or problems with reasons; never an exception. */
class ArchiveReaderTest {

    @TempDir
    Path folder;

    private final ArchiveReader reader = new ArchiveReader();

    private ArchiveFile write(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new ArchiveFile(name, folder, Files.size(file), 0);
    }

    @Test
    void skipsAFileAboveTheSizeLimitWithoutReadingIt() throws Exception {
        Path big = folder.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ArchiveReader.DEFAULT_MAX_FILE_BYTES + 1);
        }
        FileReadResult result = reader.read(new ArchiveFile("big.txt", folder, Files.size(big), 0));
        assertEquals(List.of(new Problem("big.txt", "too large to be an article (16.0 MB; the limit is 16 MB)")),
                result.problems());
    }

    @Test
    void readsAFileJustUnderTheLimitWhole() throws Exception {
        ArchiveReader small = new ArchiveReader(1000);
        String text = "Title\n\n" + "word ".repeat(150) + "\n\nlastword";
        ArchiveFile file = write("fits.txt", text);
        assertTrue(file.size() <= 1000);
        Article article = small.read(file).articles().get(0);
        assertEquals("lastword", article.paragraphs().get(article.paragraphs().size() - 1));
    }

    @Test
    void reportsAFileThatVanishedAfterItWasListed() throws Exception {
        ArchiveFile file = write("gone.txt", "Title\n\nText");
        Files.delete(file.path());
        assertEquals("the file disappeared before it could be read", reader.read(file).problems().get(0).reason());
    }

    @Test
    void reportsAFileThatCanNoLongerBeRead() throws Exception {
        ArchiveFile file = write("changed.txt", "Title\n\nText");
        Files.delete(file.path());
        Files.createDirectory(file.path());
        assertTrue(reader.read(file).problems().get(0).reason().startsWith("not a regular file"));
    }

    @Test
    void reportsAnEmptyFile() throws Exception {
        assertEquals("empty file", reader.read(write("empty.txt", "")).problems().get(0).reason());
    }

    @Test
    void readsAJsonArrayMappingTheCommonFieldNames() throws Exception {
        ArchiveFile file = write("feeds/news.json", """
                [
                  {"title": "First", "text": "Para one.\\n\\nPara two.", "date": "2021-03-03T21:14:00+05:30",
                   "author": "Jay Pandya", "description": "The lede.", "url": "https://example.com/1"},
                  {"headline": "Second", "content": ["A.", "B."], "publishedAt": "2021-03-04", "byline": ["X", "Y"]},
                  {"title": "Third", "body": "Line one\\nLine two", "pubDate": "Thu, 4 Mar 2021 12:13:00 +0530",
                   "author": {"name": "Z"}, "summary": "Sum."},
                  {"title": "Fourth", "article": "Text.", "published_at": 1614786240,
                   "updated": "March 4th, 2021 at 12:13 IST"}
                ]
                """);
        FileReadResult result = reader.read(file);
        assertEquals(List.of(), result.problems());
        List<Article> articles = result.articles();
        assertEquals(List.of("feeds/news#1", "feeds/news#2", "feeds/news#3", "feeds/news#4"),
                articles.stream().map(Article::id).toList());
        Article first = articles.get(0);
        assertEquals("First", first.title());
        assertEquals("The lede.", first.standfirst());
        assertEquals(List.of("Para one.", "Para two."), first.paragraphs());
        assertEquals("Jay Pandya", first.author());
        assertEquals(OffsetDateTime.parse("2021-03-03T21:14+05:30"), first.published());
        assertEquals("https://example.com/1", first.url());
        assertEquals(List.of("A.", "B."), articles.get(1).paragraphs());
        assertEquals("X, Y", articles.get(1).author());
        assertEquals(OffsetDateTime.parse("2021-03-04T00:00Z"), articles.get(1).published());
        assertEquals(List.of("Line one", "Line two"), articles.get(2).paragraphs());
        assertEquals("Z", articles.get(2).author());
        assertEquals(OffsetDateTime.parse("2021-03-04T12:13+05:30"), articles.get(2).published());
        assertEquals(OffsetDateTime.parse("2021-03-03T15:44Z"), articles.get(3).published());
        assertEquals(OffsetDateTime.parse("2021-03-04T12:13+05:30"), articles.get(3).updated());
    }

    @Test
    void readsANewsPleaseRecordWithItsBodyAndDates() throws Exception {
        ArchiveFile file = write("news-please/a.json", """
                {"authors": ["Jay Pandya", "Anna Roy"], "date_download": "2021-03-05 10:00:00",
                 "date_modify": "2021-03-04 09:15:00", "date_publish": "2021-03-04 08:30:00",
                 "description": "The lede.", "filename": "a.json", "image_url": "https://example.com/a.jpg",
                 "language": "en", "localpath": null, "maintext": "First paragraph.\\n\\nSecond paragraph.",
                 "source_domain": "example.com", "title": "Floods close the bridge", "title_page": null,
                 "title_rss": null, "url": "https://example.com/a"}
                """);
        FileReadResult result = reader.read(file);
        assertEquals(List.of(), result.problems());
        Article article = result.articles().get(0);
        assertEquals(List.of("First paragraph.", "Second paragraph."), article.paragraphs());
        assertEquals("The lede.", article.standfirst());
        assertEquals("Jay Pandya, Anna Roy", article.author());
        assertEquals(OffsetDateTime.parse("2021-03-04T08:30Z"), article.published());
        assertEquals(OffsetDateTime.parse("2021-03-04T09:15Z"), article.updated());
        assertEquals("example.com", article.source());
    }

    @Test
    void readsNewspaperTrafilaturaAndCommonCrawlRecords() throws Exception {
        ArchiveFile file = write("crawled.jsonl", """
                {"title": "Newspaper", "text": "Body one.", "publish_date": "2021-03-04 08:30:00+05:30", "authors": ["A B"], "meta_description": "Meta lede.", "top_image": "x.jpg", "keywords": []}
                {"title": "Trafilatura", "raw_text": "Raw body.", "author": "C D; E F", "date": "2021-03-04", "hostname": "example.org", "excerpt": "An excerpt.", "categories": "", "tags": ""}
                {"title": "Common Crawl", "text": "Crawled body.", "date": "2021-03-04T08:30:00Z", "domain": "example.net", "url": "https://example.net/c"}
                """);
        FileReadResult result = reader.read(file);
        assertEquals(List.of(), result.problems());
        List<Article> articles = result.articles();
        assertEquals(OffsetDateTime.parse("2021-03-04T08:30+05:30"), articles.get(0).published());
        assertEquals("Meta lede.", articles.get(0).standfirst());
        assertEquals(List.of("Body one."), articles.get(0).paragraphs());
        assertEquals(List.of("Raw body."), articles.get(1).paragraphs());
        assertEquals("C D, E F", articles.get(1).author());
        assertEquals("An excerpt.", articles.get(1).standfirst());
        assertEquals(List.of("Crawled body."), articles.get(2).paragraphs());
        assertEquals(List.of("example.org", "example.net"), List.of(articles.get(1).source(), articles.get(2).source()));
        assertEquals(null, articles.get(0).source(), "no outlet and no address: none made up");
    }

    @Test
    void readsAJsonFeedWithHtmlBodiesThroughAnHtmlParser() throws Exception {
        ArchiveFile file = write("feed.json", """
                {"version": "https://jsonfeed.org/version/1.1", "title": "The Daily", "items": [
                  {"id": "1", "title": "Plain", "content_text": "Text body.", "summary": "Sum.",
                   "date_published": "2021-03-04T08:30:00+05:30", "date_modified": "2021-03-04T09:00:00+05:30",
                   "authors": [{"name": "Jay Pandya"}, {"name": "Anna Roy"}]},
                  {"id": "2", "title": "Marked up", "content_html": "<p>One <b>bold</b> word.</p><script>alert(1)</script><ul><li><p>Item &amp; more</p></li></ul><p>Last &lt;p&gt; one</p>"}
                ]}
                """);
        FileReadResult result = reader.read(file);
        assertEquals(List.of(), result.problems());
        Article plain = result.articles().get(0);
        assertEquals(List.of("Text body."), plain.paragraphs());
        assertEquals("Jay Pandya, Anna Roy", plain.author());
        assertEquals(OffsetDateTime.parse("2021-03-04T09:00+05:30"), plain.updated());
        assertEquals(List.of("One bold word.", "Item & more", "Last <p> one"), result.articles().get(1).paragraphs());
    }

    @Test
    void saysSoWhenARecordsTextIsUnderANameItDoesNotKnow() throws Exception {
        ArchiveFile file = write("odd.json", """
                [{"title": "Kept", "articleBody": "The text, under another name.", "section": "World"},
                 {"title": "Alone"}]
                """);
        FileReadResult result = reader.read(file);
        assertEquals(List.of("Kept", "Alone"), result.articles().stream().map(Article::title).toList());
        assertEquals(List.of(new Problem("odd.json#1", "read, but no text field recognised; fields: articleBody, section")),
                result.problems(), "a record of a title alone has nothing to say");
    }

    @Test
    void readsARecordOfAnotherShapeByTheFieldsAMapNames() throws Exception {
        ArchiveFile file = write("odd.json", """
                [{"Headline": "Floods in Kerala", "articleBody": "Rain fell.\\n\\nRivers rose.",
                  "when": "2021-03-04 08:30:00", "site": "example.com", "text": "A teaser, not the article."}]
                """);
        FieldMap map = FieldMap.parse("text=articleBody,published=when,source=site");
        FileReadResult result = new ArchiveReader(map).read(file);
        assertEquals(List.of(), result.problems());
        Article article = result.articles().get(0);
        assertEquals("Floods in Kerala", article.title());
        assertEquals(List.of("Rain fell.", "Rivers rose."), article.paragraphs(), "the named field before a known one");
        assertEquals(LocalDate.of(2021, 3, 4), article.published().toLocalDate());
        assertEquals("example.com", article.source());
        assertEquals(List.of("A teaser, not the article."), reader.read(file).articles().get(0).paragraphs(),
                "without the map, the known name");
    }

    @Test
    void readsAJsonObjectHoldingTheArticles() throws Exception {
        ArchiveFile file = write("dump.json", """
                {"status": "ok", "totalResults": 2, "articles": [{"title": "One"}, {"title": "Two", "text": "T."}]}
                """);
        assertEquals(List.of("One", "Two"), reader.read(file).articles().stream().map(Article::title).toList());
    }

    @Test
    void reportsBadRecordsAndLoadsTheOthers() throws Exception {
        ArchiveFile file = write("mixed.json", """
                [{"title": "Good"}, 42, {"picture": "x.png"}, {"text": "No title here.\\nSecond line."}]
                """);
        FileReadResult result = reader.read(file);
        assertEquals(List.of("mixed#1", "mixed#4"), result.articles().stream().map(Article::id).toList());
        assertEquals("No title here.", result.articles().get(1).title());
        assertEquals(List.of(new Problem("mixed.json#2", "not an article object"),
                new Problem("mixed.json#3", "no title or text; fields: picture")), result.problems());
    }

    @Test
    void keepsTheRecordsBeforeASyntaxError() throws Exception {
        ArchiveFile file = write("cut.json", "[{\"title\": \"Kept\"}, {\"title\": \"Broken");
        FileReadResult result = reader.read(file);
        assertEquals(List.of("Kept"), result.articles().stream().map(Article::title).toList());
        assertTrue(result.problems().get(0).reason().startsWith("not valid JSON after record 1"));
    }

    @Test
    void readsJsonLinesWithABadLineAsAProblem() throws Exception {
        ArchiveFile file = write("feed.jsonl", """
                {"title": "One", "text": "A."}

                {"title": "Two", oops}
                {"title": "Three", "text": "C."}
                """);
        FileReadResult result = reader.read(file);
        assertEquals(List.of("feed#1", "feed#3"), result.articles().stream().map(Article::id).toList());
        assertEquals("feed.jsonl#2", result.problems().get(0).file());
        assertTrue(result.problems().get(0).reason().startsWith("line 3 is not valid JSON"));
    }

    @Test
    void refusesNestingDeeperThanTheBound() throws Exception {
        ArchiveFile file = write("deep.json", "[" + "[".repeat(5000) + "]".repeat(5000) + "]");
        FileReadResult result = reader.read(file);
        assertEquals(List.of(), result.articles());
        assertTrue(result.problems().get(0).reason().contains("not valid JSON"), result.problems().toString());
    }

    @Test
    void neverInstantiatesTypesTheInputNames() throws Exception {
        ArchiveFile file = write("typed.json", """
                [{"@class": "java.lang.ProcessBuilder", "command": ["touch", "pwned"], "title": "Plain data"},
                 ["java.net.URL", "http://example.com"]]
                """);
        FileReadResult result = reader.read(file);
        assertEquals("Plain data", result.articles().get(0).title());
        assertEquals(List.of(new Problem("typed.json#1", "read, but no text field recognised; fields: @class, command"),
                new Problem("typed.json#2", "not an article object")), result.problems());
        assertTrue(Files.notExists(Path.of("pwned")));
    }

    @Test
    void reportsJsonThatHoldsNoArticles() throws Exception {
        assertEquals("no articles in this JSON: expected an array of article objects",
                reader.read(write("config.json", "{\"theme\": \"dark\"}")).problems().get(0).reason());
        assertEquals("not a JSON array or object of articles",
                reader.read(write("number.json", "42")).problems().get(0).reason());
        assertEquals("no articles in this JSON file", reader.read(write("none.json", "[]")).problems().get(0).reason());
    }
}
