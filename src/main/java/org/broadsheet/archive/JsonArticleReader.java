package org.broadsheet.archive;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.broadsheet.article.Article;
import org.broadsheet.article.FieldMap;
import org.broadsheet.article.Problem;
import org.broadsheet.platform.IoFailures;

/**
 * Reads the JSON collections many news datasets come in: a {@code .json} file holding an array of article
 * objects (or an object holding such an array), or a {@code .jsonl} file with one object per line. The
 * common field names are mapped (see {@code docs/article-format.md}). A bad record is a problem and the
 * others load.
 *
 * <p>Only Jackson's tree model is used, so nothing in the input can name a Java type to instantiate; nesting
 * depth and string length are bounded so that a hostile file cannot exhaust the stack or the heap.
 * Stateless and thread-safe.
 */
final class JsonArticleReader {

    private static final int MAX_NESTING_DEPTH = 64;

    /** Field names whose value holds the records when the file is an object. */
    private static final List<String> COLLECTION_FIELDS =
            List.of("articles", "items", "data", "results", "records", "entries", "news", "posts", "docs", "documents");

    // The field names of the common shapes: news APIs and feeds, JSON Feed 1.1 (content_text, date_published,
    // date_modified), news-please (maintext, date_publish, date_modify), newspaper3k (publish_date,
    // meta_description), trafilatura (raw_text, excerpt) and Common Crawl's news datasets.
    private static final List<String> TITLE_FIELDS = List.of("title", "headline");
    private static final List<String> TEXT_FIELDS =
            List.of("text", "content", "body", "article", "maintext", "content_text", "raw_text");
    /** Text given as HTML, read only when no field holds plain text. */
    private static final List<String> HTML_FIELDS = List.of("content_html", "html", "body_html");
    private static final List<String> PUBLISHED_FIELDS = List.of("date", "published", "publishedat", "pubdate",
            "published_at", "datepublished", "date_published", "date_publish", "publish_date");
    private static final List<String> UPDATED_FIELDS =
            List.of("updated", "updatedat", "updated_at", "datemodified", "date_modified", "date_modify");
    private static final List<String> AUTHOR_FIELDS = List.of("author", "byline", "authors");
    private static final List<String> STANDFIRST_FIELDS =
            List.of("description", "summary", "meta_description", "excerpt");
    private static final List<String> URL_FIELDS = List.of("url", "link");
    /** The outlet: news-please, trafilatura and Common Crawl name it by its domain, news APIs by a name. */
    private static final List<String> SOURCE_FIELDS =
            List.of("source_domain", "sitename", "site_name", "hostname", "domain", "source", "publisher");
    /** Fields of the common shapes that never hold the article's text, so their presence says nothing is lost. */
    private static final Set<String> OTHER_KNOWN_FIELDS = Set.of("id", "language", "lang", "image", "image_url", "urltoimage", "top_image",
            "images", "movies", "keywords", "meta_keywords", "tags", "categories", "fingerprint", "license",
            "localpath", "filename", "date_download", "title_page", "title_rss", "url_domain", "external_url",
            "banner_image", "comments", "canonical_url", "external_id");
    private static final int MAX_FIELDS_NAMED = 10;

    private final ObjectMapper mapper;
    private final WrittenDates dates = new WrittenDates();
    // The names tried for each part: a field the user's map names first, then the known names.
    private final List<String> titleFields;
    private final List<String> textFields;
    private final List<String> htmlFields;
    private final List<String> publishedFields;
    private final List<String> updatedFields;
    private final List<String> authorFields;
    private final List<String> standfirstFields;
    private final List<String> urlFields;
    private final List<String> sourceFields;
    private final Set<String> knownFields;

    /** @param fieldMap the fields the user named for records of a shape not known here */
    JsonArticleReader(long maxStringLength, FieldMap fieldMap) {
        this.titleFields = fieldMap.names(FieldMap.Part.TITLE, TITLE_FIELDS);
        this.textFields = fieldMap.names(FieldMap.Part.TEXT, TEXT_FIELDS);
        this.htmlFields = fieldMap.names(FieldMap.Part.HTML, HTML_FIELDS);
        this.publishedFields = fieldMap.names(FieldMap.Part.PUBLISHED, PUBLISHED_FIELDS);
        this.updatedFields = fieldMap.names(FieldMap.Part.UPDATED, UPDATED_FIELDS);
        this.authorFields = fieldMap.names(FieldMap.Part.AUTHOR, AUTHOR_FIELDS);
        this.standfirstFields = fieldMap.names(FieldMap.Part.STANDFIRST, STANDFIRST_FIELDS);
        this.urlFields = fieldMap.names(FieldMap.Part.URL, URL_FIELDS);
        this.sourceFields = fieldMap.names(FieldMap.Part.SOURCE, SOURCE_FIELDS);
        this.knownFields = Stream.of(titleFields, textFields, htmlFields, publishedFields, updatedFields,
                authorFields, standfirstFields, urlFields, sourceFields, OTHER_KNOWN_FIELDS)
                .flatMap(Collection::stream).collect(Collectors.toUnmodifiableSet());
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxStringLength))
                        .build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /**
     * Reads a {@code .json} file: an array of records, or an object holding one, record by record, so that a
     * file of many records never becomes one tree in memory.
     */
    FileReadResult readCollection(ArchiveFile file, String text) {
        Records records = new Records(file);
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readRecords(parser, records);
            } else if (first == JsonToken.START_OBJECT) {
                readObject(parser, records);
            } else {
                return FileReadResult.problem(file.relativePath(), first == null
                        ? "empty JSON file" : "not a JSON array or object of articles");
            }
        } catch (JsonProcessingException e) {
            records.failed(describe(e, records.count()));
        } catch (IOException e) {
            records.failed("cannot be read (" + IoFailures.describe(e) + ")");
        }
        return records.result();
    }

    /** The records of the array the parser stands at the start of, one at a time. */
    private void readRecords(JsonParser parser, Records records) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            BoundedJson tree = new BoundedJson();
            records.add(tree.read(parser), tree.folded());
        }
    }

    /**
     * An object that holds the records in an array (under one of {@link #COLLECTION_FIELDS}, else under its
     * first field that holds objects), or is itself an article. A collection under one of those names is read
     * record by record as it comes; the object's other fields are kept small.
     */
    private void readObject(JsonParser parser, Records records) throws IOException {
        BoundedJson fields = new BoundedJson();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        JsonNode firstOfObjects = null;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY && COLLECTION_FIELDS.contains(name.toLowerCase(Locale.ROOT))
                    && !records.any()) {
                readRecords(parser, records);
                continue;
            }
            JsonNode node = fields.read(parser);
            root.putIfAbsent(name, node);
            if (firstOfObjects == null && node.isArray() && !node.isEmpty() && node.get(0).isObject()) {
                firstOfObjects = node;
            }
        }
        if (records.any()) {
            return;
        }
        if (looksLikeAnArticle(root)) {
            records.add(root, fields.folded());
        } else if (firstOfObjects != null) {
            firstOfObjects.forEach(record -> records.add(record, 0));
        } else {
            records.failed("no articles in this JSON: expected an array of article objects");
        }
    }

    /** Reads a {@code .jsonl} file: one record per non-blank line. */
    FileReadResult readLines(ArchiveFile file, String text) {
        Records records = new Records(file);
        int[] lineNumber = {0};
        Lines.forEach(text, line -> {
            lineNumber[0]++;
            if (Lines.strip(line).isEmpty()) {
                return;
            }
            try (JsonParser parser = mapper.createParser(line)) {
                parser.nextToken();
                BoundedJson tree = new BoundedJson();
                JsonNode record = tree.read(parser);
                if (parser.nextToken() != null) {
                    throw new JsonParseException(parser, "more than one value on the line");
                }
                records.add(record, tree.folded());
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String column = at == null || at.getColumnNr() < 0 ? "" : " at column " + at.getColumnNr();
                records.skip("line " + lineNumber[0] + " is not valid JSON (" + trouble(e) + column + ")");
            } catch (IOException e) {
                records.skip("line " + lineNumber[0] + " cannot be read (" + IoFailures.describe(e) + ")");
            }
        });
        return records.result();
    }

    private boolean looksLikeAnArticle(JsonNode node) {
        Map<String, JsonNode> fields = fieldsByName(node);
        return titleFields.stream().anyMatch(fields::containsKey) || textFields.stream().anyMatch(fields::containsKey);
    }

    private static String describe(JsonProcessingException e, int recordsRead) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        String after = recordsRead == 0 ? "" : " after record " + recordsRead;
        return "not valid JSON" + after + where + " (" + trouble(e) + ")";
    }

    /** What is wrong with the JSON, in a few words of ours: the parser's own message is about tokens and codes. */
    private static String trouble(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String said = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
            return said.contains("depth") ? "nested more than " + MAX_NESTING_DEPTH + " levels deep"
                    : said.contains("length") ? "a value is longer than the size limit" : "it is too large to read";
        }
        if (e instanceof JsonEOFException) {
            return "it ends in the middle of a value";
        }
        return "unexpected text";
    }

    /**
     * The records of one file as they are read: each becomes an article or a problem. At most
     * {@link ArticleLimits#MAX_PROBLEMS_PER_FILE} problems are listed; the rest are counted in one more.
     */
    private final class Records {
        private final ArchiveFile file;
        private final List<Article> articles = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private int position;
        private long problemsLeftOut;

        Records(ArchiveFile file) {
            this.file = file;
        }

        /** @param folded how many of its values were folded or passed over to keep it small */
        void add(JsonNode node, long folded) {
            position++;
            String id = file.articleId() + "#" + position;
            if (!node.isObject()) {
                problem(new Problem(recordName(), "not an article object"));
                return;
            }
            Optional<Article> article = article(id, node);
            List<String> unknown = unknownFields(node);
            if (article.isEmpty()) {
                problem(new Problem(recordName(), "no title or text" + fieldsNamed(unknown)));
                return;
            }
            articles.add(article.get());
            if (article.get().paragraphs().isEmpty() && !unknown.isEmpty()) {
                // The text may be under a name not known here: say so rather than show an article without it.
                problem(new Problem(recordName(), "read, but no text field recognised" + fieldsNamed(unknown)));
            }
            if (folded > 0) {
                problem(new Problem(recordName(), "read, but " + ArticleLimits.count(folded)
                        + " of its values were folded or left out to keep it within the limits"));
            }
        }

        boolean any() {
            return position > 0;
        }

        /** A record that could not be read at all still takes its position, so later ids do not shift. */
        void skip(String reason) {
            position++;
            problem(new Problem(recordName(), reason));
        }

        void failed(String reason) {
            problem(new Problem(file.relativePath(), reason));
        }

        private void problem(Problem problem) {
            if (problems.size() < ArticleLimits.MAX_PROBLEMS_PER_FILE) {
                problems.add(problem);
            } else {
                problemsLeftOut++;
            }
        }

        int count() {
            return position;
        }

        private String recordName() {
            return file.relativePath() + "#" + position;
        }

        FileReadResult result() {
            if (articles.isEmpty() && problems.isEmpty()) {
                problems.add(new Problem(file.relativePath(), "no articles in this JSON file"));
            }
            if (problemsLeftOut > 0) {
                problems.add(new Problem(file.relativePath(), "\u2026 and " + ArticleLimits.count(problemsLeftOut)
                        + " more problems in this file"));
            }
            return new FileReadResult(articles, problems);
        }
    }

    /** The fields of a record that are none of the names above, as the record spells them, in its order. */
    private List<String> unknownFields(JsonNode node) {
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!knownFields.contains(entry.getKey().toLowerCase(Locale.ROOT))) {
                unknown.add(entry.getKey());
            }
        }
        return unknown;
    }

    private static String fieldsNamed(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String named = String.join(", ", names.subList(0, Math.min(names.size(), MAX_FIELDS_NAMED)));
        return "; fields: " + (names.size() > MAX_FIELDS_NAMED ? named + ", \u2026" : named);
    }

    private Optional<Article> article(String id, JsonNode node) {
        Map<String, JsonNode> fields = fieldsByName(node);
        Optional<String> title = firstText(fields, titleFields);
        Optional<String> text = firstText(fields, textFields)
                .or(() -> firstText(fields, htmlFields).map(HtmlText::of).map(Lines::strip).filter(t -> !t.isEmpty()));
        Optional<String> standfirst = firstText(fields, standfirstFields);
        List<String> paragraphs = new ArrayList<>(text.map(Paragraphs::of).orElse(List.of()));
        String headline;
        if (title.isPresent()) {
            headline = Paragraphs.headlineFrom(title.get());
        } else if (!paragraphs.isEmpty()) {
            headline = Paragraphs.headlineFrom(paragraphs.get(0));
        } else if (standfirst.isPresent()) {
            headline = Paragraphs.headlineFrom(standfirst.get());
        } else {
            return Optional.empty();
        }
        String lede = standfirst.map(Paragraphs::oneParagraph).orElse(null);
        String url = firstText(fields, urlFields).map(ArticleLimits::url).orElse(null);
        return Optional.of(new Article(id, headline, lede, author(fields).map(Paragraphs::byline).orElse(null),
                date(fields, publishedFields).orElse(null), date(fields, updatedFields).orElse(null),
                Paragraphs.withoutFirstRepeating(lede, paragraphs), List.of(), url,
                Outlets.of(named(fields, sourceFields).orElse(null), url)));
    }

    /** A record's fields by lower-case name, the first of each name winning. */
    private static Map<String, JsonNode> fieldsByName(JsonNode node) {
        Map<String, JsonNode> fields = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            fields.putIfAbsent(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue());
        }
        return fields;
    }

    /** The first of the named fields that holds text: a string, or an array of strings joined as paragraphs. */
    private static Optional<String> firstText(Map<String, JsonNode> fields, List<String> names) {
        for (String name : names) {
            JsonNode value = fields.get(name);
            if (value == null) {
                continue;
            }
            String text = value.isArray() ? joined(value, "\n\n") : value.isValueNode() && !value.isNull() ? value.asText() : "";
            text = Lines.strip(text);
            if (!text.isEmpty()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private static String joined(JsonNode array, String separator) {
        List<String> parts = new ArrayList<>();
        array.forEach(element -> {
            String part = element.isTextual() ? element.asText()
                    : element.isObject() && element.has("name") ? element.get("name").asText() : "";
            if (!Lines.strip(part).isEmpty()) {
                parts.add(Lines.strip(part));
            }
        });
        return String.join(separator, parts);
    }

    /** The first of the named fields that holds a name: a string, or an object with a {@code name}. */
    private static Optional<String> named(Map<String, JsonNode> fields, List<String> names) {
        for (String name : names) {
            JsonNode value = fields.get(name);
            String text = value == null ? "" : value.isObject() && value.hasNonNull("name") ? value.get("name").asText()
                    : value.isValueNode() && !value.isNull() ? value.asText() : "";
            if (!Lines.collapseSpaces(text).isEmpty()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** A byline: a string, a list of names, or an object with a name. */
    private Optional<String> author(Map<String, JsonNode> fields) {
        for (String name : authorFields) {
            JsonNode value = fields.get(name);
            if (value == null) {
                continue;
            }
            String author = value.isArray() ? joined(value, ", ")
                    : value.isObject() && value.has("name") ? value.get("name").asText()
                    : value.isValueNode() && !value.isNull() ? value.asText() : "";
            // trafilatura joins several authors with "; "; a byline lists them with commas.
            author = Lines.collapseSpaces(author.replace(";", ","));
            if (!author.isEmpty()) {
                return Optional.of(author);
            }
        }
        return Optional.empty();
    }

    private Optional<OffsetDateTime> date(Map<String, JsonNode> fields, List<String> names) {
        for (String name : names) {
            JsonNode value = fields.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            Optional<OffsetDateTime> date = value.isNumber() ? epoch(value.asLong()) : dates.read(value.asText());
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** Seconds since 1970, or milliseconds when the number is too large to be seconds. */
    private static Optional<OffsetDateTime> epoch(long value) {
        try {
            boolean seconds = value > -100_000_000_000L && value < 100_000_000_000L;
            Instant instant = seconds ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
            return Optional.of(instant.atOffset(ZoneOffset.UTC));
        } catch (DateTimeException outOfRange) {
            return Optional.empty();
        }
    }
}
