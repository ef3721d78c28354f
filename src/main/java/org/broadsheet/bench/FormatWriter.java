package org.broadsheet.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jsoup.nodes.Entities;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes the generated articles in one of the formats Broadsheet reads: the seed format's text files, saved
 * pages, one RSS feed per month, or one gzipped WARC per month, so that {@code bench --format} times each
 * reader on the same articles. Feeds and WARCs are written as they go, never held whole in memory.
 */
final class FormatWriter implements Closeable {

    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

    private final Path folder;
    private final SyntheticFormat format;
    private final Map<Path, XMLStreamWriter> feeds = new HashMap<>();
    private final List<Writer> feedFiles = new ArrayList<>();
    private final Map<Path, WarcWriter> warcs = new HashMap<>();

    FormatWriter(Path folder, SyntheticFormat format) {
        this.folder = folder;
        this.format = format;
    }

    /**
     * Writes one article given in the seed format.
     *
     * @param month the date whose month folder it goes in
     * @param date  the date it was published or updated at, in India's time, as its date lines say
     */
    void write(int index, LocalDateTime month, LocalDateTime date, String text) throws IOException {
        Path monthFolder = folder.resolve(String.valueOf(month.getYear()))
                .resolve(String.format(Locale.ROOT, "%02d", month.getMonthValue()));
        Files.createDirectories(monthFolder);
        switch (format) {
            case TEXT -> Files.writeString(monthFolder.resolve(String.format(Locale.ROOT, "article-%07d.txt", index)),
                    text, StandardCharsets.UTF_8);
            case HTML -> Files.writeString(monthFolder.resolve(String.format(Locale.ROOT, "article-%07d.html", index)),
                    Parts.of(text).page(date), StandardCharsets.UTF_8);
            case RSS -> item(feed(monthFolder.resolve("feed.rss")), index, Parts.of(text), date);
            case WARC -> {
                byte[] page = Parts.of(text).page(date).getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), page).build();
                warc(monthFolder.resolve("crawl.warc.gz")).write(new WarcResponse.Builder(
                        "https://news.example/" + index).date(date.toInstant(IST)).body(http).build());
            }
        }
    }

    private XMLStreamWriter feed(Path file) throws IOException {
        XMLStreamWriter feed = feeds.get(file);
        if (feed != null) {
            return feed;
        }
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        feedFiles.add(out);
        try {
            feed = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            feed.writeStartDocument("UTF-8", "1.0");
            feed.writeStartElement("rss");
            feed.writeAttribute("version", "2.0");
            feed.writeNamespace("content", "http://purl.org/rss/1.0/modules/content/");
            feed.writeNamespace("dc", "http://purl.org/dc/elements/1.1/");
            feed.writeStartElement("channel");
            element(feed, "title", "The Synthetic Daily");
            element(feed, "link", "https://news.example/");
            element(feed, "description", "Generated articles");
        } catch (XMLStreamException e) {
            throw new IOException("cannot write a feed", e);
        }
        feeds.put(file, feed);
        return feed;
    }

    private static void item(XMLStreamWriter feed, int index, Parts parts, LocalDateTime date) throws IOException {
        try {
            feed.writeStartElement("item");
            element(feed, "title", parts.title());
            element(feed, "link", "https://news.example/" + index);
            element(feed, "description", parts.standfirst());
            feed.writeStartElement("content", "encoded", "http://purl.org/rss/1.0/modules/content/");
            feed.writeCharacters(parts.bodyHtml());
            feed.writeEndElement();
            element(feed, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atOffset(IST)));
            if (parts.author() != null) {
                feed.writeStartElement("dc", "creator", "http://purl.org/dc/elements/1.1/");
                feed.writeCharacters(parts.author());
                feed.writeEndElement();
            }
            feed.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write a feed item", e);
        }
    }

    private static void element(XMLStreamWriter feed, String name, String text) throws XMLStreamException {
        feed.writeStartElement(name);
        feed.writeCharacters(text);
        feed.writeEndElement();
    }

    private WarcWriter warc(Path file) throws IOException {
        WarcWriter warc = warcs.get(file);
        if (warc == null) {
            warc = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    WarcCompression.GZIP);
            warcs.put(file, warc);
        }
        return warc;
    }

    @Override
    public void close() throws IOException {
        try {
            for (XMLStreamWriter feed : feeds.values()) {
                feed.writeEndDocument();
                feed.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot finish a feed", e);
        }
        for (Writer file : feedFiles) {
            file.close();
        }
        for (WarcWriter warc : warcs.values()) {
            warc.close();
        }
    }

    /** The parts of an article in the seed format, as the generator writes it. */
    private record Parts(String title, String standfirst, String author, List<String> paragraphs) {

        static Parts of(String text) {
            String[] blocks = text.split("\n\n");
            String author = null;
            List<String> paragraphs = new ArrayList<>();
            for (int i = 3; i < blocks.length; i++) {
                String block = blocks[i];
                if (block.startsWith("Reported by: ")) {
                    author = block.substring("Reported by: ".length(), block.indexOf('\n'));
                } else if (!block.startsWith("| Image:") && !block.startsWith("Advertisement")
                        && !block.startsWith("READ |") && !block.startsWith("Published ")) {
                    paragraphs.add(block);
                }
            }
            return new Parts(blocks[1], blocks[2], author, paragraphs);
        }

        String bodyHtml() {
            StringBuilder html = new StringBuilder();
            for (String paragraph : paragraphs) {
                html.append("<p>").append(Entities.escape(paragraph)).append("</p>\n");
            }
            return html.toString();
        }

        String page(LocalDateTime date) {
            String when = date.atOffset(IST).toString();
            return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + Entities.escape(title)
                    + " | The Synthetic Daily</title>\n<meta property=\"article:published_time\" content=\"" + when
                    + "\">\n" + (author == null ? "" : "<meta name=\"author\" content=\"" + Entities.escape(author)
                    + "\">\n") + "<meta name=\"description\" content=\"" + Entities.escape(standfirst) + "\">\n"
                    + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n<article><h1>"
                    + Entities.escape(title) + "</h1>\n" + bodyHtml() + "</article>\n<footer>The Synthetic Daily"
                    + "</footer></body></html>\n";
        }
    }
}
