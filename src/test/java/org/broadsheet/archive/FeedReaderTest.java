package org.broadsheet.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS 2.0, RSS 1.0 and Atom files read as articles, and feeds that try to read what they must not. */
class FeedReaderTest {

    @TempDir
    Path folder;

    private final ArchiveReader reader = new ArchiveReader();

    private ArchiveFile write(String name, byte[] content) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return new ArchiveFile(name, folder, Files.size(file), 0);
    }

    private ArchiveFile write(String name, String content) throws Exception {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAnRss2FeedEachItemAnArticleWithItsHtmlBody() throws Exception {
        ArchiveFile file = write("news.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>The Daily</title><link>https://example.com</link><description>News</description>
                    <item>
                      <title>Floods close the bridge</title>
                      <link>https://example.com/floods</link>
                      <description>The river rose &lt;b&gt;overnight&lt;/b&gt;.</description>
                      <content:encoded><![CDATA[<p>First <i>paragraph</i>.</p><script>x()</script><p>Second &amp; last.</p>]]></content:encoded>
                      <pubDate>Thu, 04 Mar 2021 08:30:00 +0530</pubDate>
                      <dc:creator>Jay Pandya</dc:creator>
                    </item>
                    <item><title>Only a title</title></item>
                    <item><description>A description and nothing else.</description></item>
                  </channel>
                </rss>
                """);
        FileReadResult result = reader.read(file);
        assertEquals(List.of(), result.problems());
        List<Article> articles = result.articles();
        assertEquals(List.of("news.rss#1", "news.rss#2", "news.rss#3"), articles.stream().map(Article::id).toList());
        Article floods = articles.get(0);
        assertEquals("Floods close the bridge", floods.title());
        assertEquals("The river rose overnight.", floods.standfirst());
        assertEquals(List.of("First paragraph.", "Second & last."), floods.paragraphs());
        assertEquals("Jay Pandya", floods.author());
        assertEquals(OffsetDateTime.parse("2021-03-04T08:30+05:30"), floods.published(), "at the feed's own offset");
        assertEquals("https://example.com/floods", floods.url());
        assertEquals("The Daily", floods.source(), "the feed is the outlet");
        assertEquals(List.of("A description and nothing else."), articles.get(2).paragraphs());
    }

    @Test
    void readsAtomAndRss1Feeds() throws Exception {
        ArchiveFile atom = write("feed.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id>
                  <updated>2021-03-05T10:00:00Z</updated>
                  <entry><title>Polls open</title><id>urn:1</id><link href="https://example.org/polls"/>
                    <published>2021-03-04T08:30:00+05:30</published><updated>2021-03-04T18:00:00+05:30</updated>
                    <author><name>Anna Roy</name></author><author><name>Jay Pandya</name></author>
                    <summary>Voters queue.</summary>
                    <content type="html">&lt;p&gt;Long queues.&lt;/p&gt;&lt;p&gt;Calm day.&lt;/p&gt;</content>
                  </entry>
                </feed>
                """);
        Article polls = reader.read(atom).articles().get(0);
        assertEquals("Polls open", polls.title());
        assertEquals(List.of("Long queues.", "Calm day."), polls.paragraphs());
        assertEquals("Voters queue.", polls.standfirst());
        assertEquals("Anna Roy, Jay Pandya", polls.author());
        assertEquals(OffsetDateTime.parse("2021-03-04T08:30+05:30"), polls.published());
        assertEquals(OffsetDateTime.parse("2021-03-04T18:00+05:30"), polls.updated());

        ArchiveFile rdf = write("old.xml", """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://example.net"><title>Old</title><link>https://example.net</link>
                    <description>d</description></channel>
                  <item rdf:about="https://example.net/1"><title>Rates held</title><link>https://example.net/1</link>
                    <description>The bank held rates.</description><dc:date>2021-03-04T08:30:00Z</dc:date>
                    <dc:creator>Lee Chan</dc:creator></item>
                </rdf:RDF>
                """);
        Article rates = reader.read(rdf).articles().get(0);
        assertEquals("old.xml#1", rates.id());
        assertEquals(List.of("The bank held rates."), rates.paragraphs());
        assertEquals("Lee Chan", rates.author());
        assertEquals(OffsetDateTime.parse("2021-03-04T08:30Z"), rates.publicationDate().orElseThrow());
    }

    @Test
    void keepsEachItemsOwnOffsetAndTheInstantWhateverTheFeedWrites() throws Exception {
        ArchiveFile file = write("dhaka.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>The Daily Star</title>
                  <item><title>Schools close</title><pubDate>Thu, 04 Mar 2021 12:13:00 +0600</pubDate></item>
                  <item><title>Exports rise</title><pubDate>Wed, 03 Mar 2021 09:00:00 EST</pubDate></item>
                  <item><title>Rates held</title><dc:date>2021-03-02T07:00:00-03:00</dc:date></item>
                </channel></rss>
                """);
        List<Article> articles = reader.read(file).articles();
        assertEquals(OffsetDateTime.parse("2021-03-04T12:13+06:00"), articles.get(0).published());
        assertEquals(OffsetDateTime.parse("2021-03-03T14:00Z").toInstant(), articles.get(1).published().toInstant(),
                "a zone's name: the instant, whatever offset it is shown at");
        assertEquals(OffsetDateTime.parse("2021-03-02T07:00-03:00"), articles.get(2).published());
    }

    @Test
    void readsTheEncodingTheFeedDeclares() throws Exception {
        String feed = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0"><channel><title>t</title><link>l</link><description>d</description>
                <item><title>Caf\u00e9 r\u00e9opens</title><description>Na\u00efve.</description></item></channel></rss>
                """;
        Article article = reader.read(write("latin.rss", feed.getBytes(StandardCharsets.ISO_8859_1))).articles().get(0);
        assertEquals("Caf\u00e9 r\u00e9opens", article.title());
    }

    @Test
    void refusesAFeedWhoseEntitiesWouldReadAFileOrExpandWithoutEnd() throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET CONTENT");
        ArchiveFile external = write("xxe.rss", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
                <rss version="2.0"><channel><title>t</title><link>l</link><description>d</description>
                <item><title>&leak;</title><description>&leak;</description></item></channel></rss>
                """.formatted(secret.toUri()));
        FileReadResult leaked = reader.read(external);
        assertEquals(List.of(), leaked.articles());
        assertEquals(List.of(new Problem("xxe.rss", "a feed with a DOCTYPE is refused: its entities could read other files")),
                leaked.problems());

        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY l0 \"ha\">");
        for (int level = 1; level <= 10; level++) {
            laughs.append("<!ENTITY l").append(level).append(" \"")
                    .append(("&l" + (level - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><rss version=\"2.0\"><channel><title>&l10;</title></channel></rss>");
        FileReadResult expanded = reader.read(write("laughs.rss", laughs.toString()));
        assertEquals(List.of(), expanded.articles());
        assertFalse(expanded.problems().isEmpty());
    }

    @Test
    void saysWhatIsWrongWithXmlThatIsNoFeedAndKeepsGoing() throws Exception {
        assertEquals("not well-formed XML",
                reader.read(write("broken.rss", "<rss version=\"2.0\"><channel><item>")).problems().get(0).reason());
        assertEquals("not an RSS or Atom feed", reader.read(write("sitemap.xml", """
                <?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://example.com/</loc></url></urlset>
                """)).problems().get(0).reason());
        assertEquals("a feed without items", reader.read(write("quiet.rss", """
                <rss version="2.0"><channel><title>t</title><link>l</link><description>d</description></channel></rss>
                """)).problems().get(0).reason());
        assertTrue(ArchiveFile.Kind.of("news.RSS").isPresent() && ArchiveFile.Kind.of("x.atom").isPresent());
    }
}
