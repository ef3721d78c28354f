package org.broadsheet.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files, written here with jwarc's own writer, read as the HTML pages captured in them. */
class WebArchiveReaderTest {

    private static final Instant CAPTURED = Instant.parse("2021-03-07T10:00:00Z");

    @TempDir
    Path folder;

    private final ArchiveReader reader = new ArchiveReader(64 * 1024);

    private static String page(String title, String words) {
        String paragraph = "<p>" + (words + " ").repeat(12) + "the river, the bridge, the town and the hill.</p>";
        return "<html><head><title>" + title + "</title></head><body><nav>Home World Sport</nav><article><h1>" + title
                + "</h1>" + paragraph.repeat(3) + "</article><footer>Copyright</footer></body></html>";
    }

    private static WarcResponse response(String uri, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(uri).date(CAPTURED).body(http).build();
    }

    private Path warc(String name, WarcCompression compression, WriterBody records) throws IOException {
        Path file = folder.resolve(name);
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            records.write(writer);
        }
        return file;
    }

    private interface WriterBody {
        void write(WarcWriter writer) throws IOException;
    }

    private FileReadResult read(Path file) throws IOException {
        String name = folder.relativize(file).toString();
        return reader.read(new ArchiveFile(name, folder, Files.size(file), 0));
    }

    @Test
    void handsAWarcsPagesOnInPartsSoThatItIsNeverHeldWhole() throws Exception {
        int pages = 2 * WebArchiveReader.PART_PAGES + 7;
        Path file = warc("big.warc", WarcCompression.NONE, writer -> {
            for (int i = 0; i < pages; i++) {
                writer.write(response("https://example.com/story-" + i, 200, "text/html",
                        page("Story number " + i, "word" + i).getBytes(StandardCharsets.UTF_8)));
            }
        });
        ArchiveFile archived = new ArchiveFile("big.warc", folder, Files.size(file), 0);
        List<FileReadResult> parts = new ArrayList<>();
        FileReadResult last = reader.read(archived, parts::add);
        assertEquals(List.of(WebArchiveReader.PART_PAGES, WebArchiveReader.PART_PAGES),
                parts.stream().map(part -> part.articles().size()).toList());
        assertEquals(7, last.articles().size());
        assertEquals(List.of(), last.problems());
        List<String> ids = new ArrayList<>();
        parts.forEach(part -> part.articles().forEach(article -> ids.add(article.id())));
        last.articles().forEach(article -> ids.add(article.id()));
        assertEquals(pages, ids.stream().distinct().count());
        assertEquals("big.warc#https://example.com/story-1000", ids.get(1000));
        assertEquals(ids, reader.read(archived).articles().stream().map(Article::id).toList(), "read whole alike");
    }

    @Test
    void readsEachHtmlPageOfAWarcAndPassesOverTheRest() throws Exception {
        Path file = warc("crawl.warc.gz", WarcCompression.GZIP, writer -> {
            writer.write(response("https://example.com/floods", 200, "text/html; charset=utf-8",
                    page("Floods close the bridge", "water rose").getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://example.com/logo.png", 200, "image/png", new byte[] {1, 2, 3}));
            writer.write(new org.netpreserve.jwarc.WarcResponse.Builder("dns:example.com").date(CAPTURED)
                    .body(MediaType.parse("text/dns"), "20210307100000\nexample.com. 300 IN A 93.184.216.34\n"
                            .getBytes(StandardCharsets.UTF_8)).build());
            writer.write(response("https://example.com/old", 301, "text/html", new byte[0]));
            writer.write(new WarcRevisit.Builder("https://example.com/floods").date(CAPTURED).build());
            writer.write(response("https://example.com/polls", 200, "text/html; charset=\"no such thing\"",
                    page("Polls open in the hills", "voters queued").getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://example.com/floods", 200, "text/html",
                    page("Floods close the bridge again", "water fell").getBytes(StandardCharsets.UTF_8)));
        });
        FileReadResult result = read(file);
        List<Article> articles = result.articles();
        assertEquals(List.of("crawl.warc.gz#https://example.com/floods", "crawl.warc.gz#https://example.com/polls",
                "crawl.warc.gz#https://example.com/floods#2"), articles.stream().map(Article::id).toList());
        Article floods = articles.get(0);
        assertEquals("Floods close the bridge", floods.title());
        assertEquals("https://example.com/floods", floods.url());
        assertEquals("example.com", floods.source());
        assertEquals(OffsetDateTime.parse("2021-03-07T10:00Z"), floods.published(), "the capture's date");
        assertTrue(floods.paragraphs().get(0).startsWith("water rose"), floods.paragraphs().toString());
        assertEquals(List.of(new Problem("crawl.warc.gz",
                "read, but 4 captures were passed over: revisits, redirects, errors and other than HTML pages")),
                result.problems());
    }

    @Test
    void theSizeLimitIsEachPagesAndAWarcThatBreaksOffKeepsThePagesBeforeIt() throws Exception {
        byte[] huge = page("Huge", "padding ".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        Path file = warc("big.warc", WarcCompression.NONE, writer -> {
            writer.write(response("https://example.com/one", 200, "text/html", page("One", "first page")
                    .getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://example.com/huge", 200, "text/html", huge));
            writer.write(response("https://example.com/two", 200, "text/html", page("Two", "second page")
                    .getBytes(StandardCharsets.UTF_8)));
        });
        assertTrue(Files.size(file) > 64 * 1024, "the WARC is larger than the limit; its pages are not");
        FileReadResult whole = read(file);
        assertEquals(List.of("One", "Two"), whole.articles().stream().map(Article::title).toList());
        assertEquals(List.of(new Problem("big.warc", "read, but 1 page was over the size limit and passed over")),
                whole.problems());

        byte[] bytes = Files.readAllBytes(file);
        Path cut = folder.resolve("cut.warc");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));
        FileReadResult broken = read(cut);
        assertEquals(List.of("One"), broken.articles().stream().map(Article::title).toList());
        assertTrue(broken.problems().stream().anyMatch(problem -> problem.reason().startsWith("not a valid WARC after record")),
                broken.problems().toString());
    }

    @Test
    void aRecordThatClaimsMoreThanTheFileHoldsEndsTheReadingWithoutAHang() throws Exception {
        Path liar = folder.resolve("liar.warc");
        Files.writeString(liar, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999\r\n"
                + "WARC-Target-URI: https://example.com/\r\nWARC-Date: 2021-03-04T00:00:00Z\r\n"
                + "Content-Type: application/http; msgtype=response\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>short</p>");
        FileReadResult result = read(liar);
        assertEquals(List.of(), result.articles());
        assertEquals(List.of(new Problem("liar.warc", "not a valid WARC file")), result.problems());
    }

    @Test
    void aFileThatIsNoWarcIsOneProblem() throws Exception {
        Path file = folder.resolve("fake.warc");
        Files.writeString(file, "this is not a web archive at all\n");
        FileReadResult result = read(file);
        assertEquals(List.of(), result.articles());
        assertEquals(List.of(new Problem("fake.warc", "not a valid WARC file")), result.problems());
    }
}
