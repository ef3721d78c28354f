package org.broadsheet.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.dankito.readability4j.Readability4J;
import org.broadsheet.article.Article;
import org.broadsheet.article.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a saved web page as one article: its main text as Mozilla's Readability finds it (Readability4J, on
 * jsoup), leaving navigation, adverts and comments out; its title, byline, dates, standfirst and address from
 * the page's metadata when it has them (JSON-LD {@code NewsArticle} and its kin, Open Graph,
 * {@code article:published_time}, {@code <meta name="author">}), else from the text. Thread-safe.
 */
final class HtmlPageReader {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlPageReader.class);

    /** Deeper than this, a page is no article anyone wrote; its text is read without Readability's recursion. */
    static final int MAX_DEPTH = 512;

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "blogposting", "liveblogposting", "report", "scholarlyarticle");

    private final ObjectMapper json;
    private final WrittenDates dates = new WrittenDates();

    HtmlPageReader(long maxStringLength) {
        this.json = new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength((int) Math.min(Integer.MAX_VALUE, maxStringLength)).build())
                .build());
    }

    FileReadResult read(ArchiveFile file, byte[] bytes) {
        Page page = page(file.articleId(), bytes, null, null, null, file.path().toUri().toString());
        return page.article().map(article -> new FileReadResult(List.of(article), List.<Problem>of()))
                .orElseGet(() -> FileReadResult.problem(file.relativePath(), page.problem()));
    }

    /** A page read: its article, or why it holds none. */
    record Page(Optional<Article> article, String problem) {
    }

    /**
     * Reads one page, from a file or from a web archive's record.
     *
     * @param charset      the encoding the page was served in, or null to find it in the page
     * @param address      where the page was captured from, or null; the page's own address comes first
     * @param capturedAt   when it was captured, or null; the page's own date comes first
     * @param base         what the page's relative links are relative to: its address, or its file's
     */
    Page page(String id, byte[] bytes, String charset, String address, OffsetDateTime capturedAt, String base) {
        Document page;
        try {
            // jsoup finds the page's encoding as a browser does: byte-order mark, then <meta charset>, else UTF-8.
            // A server's charset that names no encoding this Java knows is no help; the page's own is looked for.
            page = Jsoup.parse(new ByteArrayInputStream(bytes), knownCharset(charset), address == null ? "" : address);
        } catch (IOException | IllegalArgumentException e) {
            return new Page(Optional.empty(), "cannot be read as HTML");
        }
        Metadata meta = metadata(page);
        String url = meta.url() != null ? meta.url() : address;
        String body = meta.articleBody();
        String foundTitle = null;
        String foundByline = null;
        if (body.isEmpty()) {
            if (depthOf(page) > MAX_DEPTH) {
                body = HtmlText.of(page.body());
            } else {
                try {
                    // Without an absolute base, Readability logs every page it reads as an error.
                    boolean absolute = url != null && (url.regionMatches(true, 0, "https://", 0, 8)
                            || url.regionMatches(true, 0, "http://", 0, 7));
                    net.dankito.readability4j.Article main = new Readability4J(absolute ? url : base, page).parse();
                    body = main.getContent() == null ? "" : HtmlText.of(main.getContent());
                    foundTitle = main.getTitle();
                    foundByline = main.getByline();
                } catch (RuntimeException readabilityFailed) {
                    LOG.debug("Readability could not read {}; taking the page's text", id, readabilityFailed);
                    body = HtmlText.of(page.body());
                }
            }
        }
        List<String> paragraphs = Paragraphs.of(body);
        String title = firstOf(meta.title(), foundTitle, meta.pageTitle());
        if (title == null && paragraphs.isEmpty()) {
            return new Page(Optional.empty(), NO_TEXT);
        }
        String headline = Paragraphs.headlineFrom(title != null ? title : paragraphs.get(0));
        // The page's own heading is the headline now, not the body's first paragraph.
        paragraphs = Paragraphs.withoutFirstRepeating(headline, paragraphs);
        if (paragraphs.isEmpty()) {
            return new Page(Optional.empty(), NO_TEXT);
        }
        String standfirst = meta.description() == null ? null : Paragraphs.oneParagraph(meta.description());
        String author = firstOf(meta.author(), foundByline);
        String shownUrl = ArticleLimits.url(url);
        OffsetDateTime published = meta.published() != null || meta.updated() != null ? meta.published() : capturedAt;
        return new Page(Optional.of(new Article(id, headline, standfirst,
                author == null ? null : Paragraphs.byline(author), published, meta.updated(),
                Paragraphs.withoutFirstRepeating(standfirst, paragraphs), List.of(), shownUrl,
                Outlets.of(meta.outlet(), url))), null);
    }

    private static final String NO_TEXT = "no article text in the page";

    private static String knownCharset(String name) {
        try {
            return name != null && Charset.isSupported(name.strip()) ? name.strip() : null;
        } catch (IllegalArgumentException notAName) {
            return null;
        }
    }

    /** What the page says of itself, read before Readability, which changes the document as it goes. */
    private record Metadata(String title, String pageTitle, String description, String author,
                            OffsetDateTime published, OffsetDateTime updated, String url, String articleBody,
                            String outlet) {
    }

    private Metadata metadata(Document page) {
        JsonNode article = linkedDataArticle(page);
        String title = firstOf(text(article, "headline"), meta(page, "og:title"), headingOfTitle(page));
        String description = firstOf(text(article, "description"), meta(page, "og:description"),
                meta(page, "description"));
        String author = firstOf(names(article == null ? null : article.get("author")), meta(page, "author"),
                meta(page, "article:author"));
        OffsetDateTime published = date(firstOf(text(article, "datePublished"), meta(page, "article:published_time"),
                meta(page, "date")));
        OffsetDateTime updated = date(firstOf(text(article, "dateModified"), meta(page, "article:modified_time")));
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = firstOf(text(article, "url"), meta(page, "og:url"),
                canonical == null ? null : canonical.attr("href"));
        String body = Optional.ofNullable(text(article, "articleBody")).orElse("");
        String outlet = firstOf(meta(page, "og:site_name"),
                names(article == null ? null : article.get("publisher")));
        return new Metadata(title, page.title(), description, author, published, updated, url, body, outlet);
    }

    /** The first JSON-LD object of the page that is an article, in a list or a {@code @graph} as well. */
    private JsonNode linkedDataArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                List<JsonNode> candidates = new ArrayList<>();
                JsonNode root = json.readTree(script.data());
                collect(root, candidates);
                if (root != null && root.has("@graph")) {
                    collect(root.get("@graph"), candidates);
                }
                for (JsonNode candidate : candidates) {
                    if (isArticle(candidate.get("@type"))) {
                        return candidate;
                    }
                }
            } catch (JsonProcessingException badLinkedData) {
                // A page's broken metadata is the page's business; its text is still read.
            }
        }
        return null;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> {
                if (element.isObject()) {
                    into.add(element);
                }
            });
        } else if (node.isObject()) {
            into.add(node);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (ARTICLE_TYPES.contains(one.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static String text(JsonNode object, String field) {
        if (object == null || !object.hasNonNull(field) || !object.get(field).isValueNode()) {
            return null;
        }
        String value = Lines.strip(object.get(field).asText());
        return value.isEmpty() ? null : value;
    }

    /** A JSON-LD author: a name, a person with a name, or a list of either. */
    private static String names(JsonNode author) {
        if (author == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<JsonNode> people = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(people::add);
        } else {
            people.add(author);
        }
        for (JsonNode person : people) {
            String name = person.isTextual() ? person.asText() : text(person, "name");
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** A {@code <meta>} of the page by its {@code property} or {@code name}. */
    private static String meta(Document page, String key) {
        for (Element meta : page.select("meta[content]")) {
            if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))) {
                String value = Lines.strip(meta.attr("content"));
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return null;
    }

    private OffsetDateTime date(String text) {
        return text == null ? null : dates.read(text).orElse(null);
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !Lines.strip(value).isEmpty()) {
                return Lines.strip(value);
            }
        }
        return null;
    }

    /**
     * The page's one {@code <h1>} when its {@code <title>} holds it: the title without the site's name that
     * pages add to it ("Floods close the bridge | The Daily").
     */
    private static String headingOfTitle(Document page) {
        var headings = page.select("h1");
        if (headings.size() != 1) {
            return null;
        }
        String heading = Lines.collapseSpaces(headings.get(0).text());
        return !heading.isEmpty() && Lines.collapseSpaces(page.title()).contains(heading) ? heading : null;
    }

    /** How deep the page's elements nest, found without recursion. */
    private static int depthOf(Document page) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), page);
        return deepest[0];
    }
}
