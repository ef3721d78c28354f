package org.broadsheet.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.broadsheet.index.CommonPairsFilterFactory;
import org.broadsheet.index.CommonWords;
import org.broadsheet.index.IndexSchema;
import org.broadsheet.index.MarkStemsFilterFactory;
import org.broadsheet.index.RepeatWordFilterFactory;
import org.broadsheet.index.UnicodeNormalizeFilterFactory;
import org.broadsheet.shared.plugin.ArticleQParserPlugin;

/**
 * The configset of a shared archive's collection, made from the project's schema: {@code schema.xml} with the
 * fields of {@link SolrFields} and the embedded index's analysis as a chain of Lucene factories (the project's
 * own filters among them), {@code solrconfig.xml} with the query language as the default parser, and the
 * common words the archive's sample chose. A collection names the schema version it was made with
 * ({@link #schemaName()}), so a browser can tell a collection made by another version.
 */
public final class SolrConfigSet {

    /** The resource the common-pairs filter and the query parser read the collection's common words from. */
    public static final String COMMON_WORDS_FILE = "commonwords.txt";

    /**
     * The query parser plugin, by name: the app has no Solr server classes, so its class must not be loaded here
     * ({@code SolrConfigSetTest} checks the name).
     */
    static final String QUERY_PARSER_CLASS = "org.broadsheet.shared.plugin.ArticleQParserPlugin";

    /** One step of an analysis chain: a Lucene factory's name and its parameters. */
    record Step(String name, Map<String, String> params) {
        Step(String name) {
            this(name, Map.of());
        }
    }

    /** What {@code Analysis} does to a byline's words, step by step. */
    static final List<Step> WORDS_CHAIN = List.of(new Step("standard"), new Step(UnicodeNormalizeFilterFactory.NAME),
            new Step("lowercase"), new Step("asciiFolding"), new Step("englishPossessive"));

    /** What {@code Analysis} does to titles and text when it indexes them: words, marked stems, pairs. */
    static final List<Step> TEXT_INDEX_CHAIN = withTail(WORDS_CHAIN, List.of(new Step(RepeatWordFilterFactory.NAME),
            new Step("porterStem"), new Step(MarkStemsFilterFactory.NAME),
            new Step(CommonPairsFilterFactory.NAME, Map.of("words", COMMON_WORDS_FILE))));

    /** The same without pairs, as a query is analysed. */
    static final List<Step> TEXT_QUERY_CHAIN = TEXT_INDEX_CHAIN.subList(0, TEXT_INDEX_CHAIN.size() - 1);

    /** As in {@code Analysis}: phrases never match across paragraphs. */
    static final int PARAGRAPH_POSITION_GAP = 100;

    private SolrConfigSet() {
    }

    private static List<Step> withTail(List<Step> head, List<Step> tail) {
        return java.util.stream.Stream.concat(head.stream(), tail.stream()).toList();
    }

    /** The name {@code schema.xml} gives itself, which says the schema version. */
    public static String schemaName() {
        return "broadsheet-" + IndexSchema.VERSION;
    }

    /** The configset's files by name. */
    public static Map<String, byte[]> files(CommonWords commonWords) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("schema.xml", schemaXml().getBytes(StandardCharsets.UTF_8));
        files.put("solrconfig.xml", solrConfigXml().getBytes(StandardCharsets.UTF_8));
        files.put(COMMON_WORDS_FILE, (commonWords.encoded().replace(' ', '\n') + "\n").getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** The configset as the zip file Solr's configset API takes. */
    public static byte[] zip(CommonWords commonWords) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files(commonWords).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static String schemaXml() {
        return xml(out -> {
            out.writeStartElement("schema");
            out.writeAttribute("name", schemaName());
            out.writeAttribute("version", "1.6");
            out.writeStartElement("uniqueKey");
            out.writeCharacters(IndexSchema.ID);
            out.writeEndElement();
            empty(out, "fieldType", Map.of("name", SolrFields.Type.STRING.solrName, "class", "solr.StrField"));
            // Undated articles sort last whichever way, as in the embedded index.
            empty(out, "fieldType", Map.of("name", SolrFields.Type.INT.solrName, "class", "solr.IntPointField",
                    "sortMissingLast", "true"));
            empty(out, "fieldType", Map.of("name", SolrFields.Type.LONG.solrName, "class", "solr.LongPointField",
                    "sortMissingLast", "true"));
            textType(out, SolrFields.Type.TEXT.solrName, TEXT_INDEX_CHAIN, TEXT_QUERY_CHAIN);
            textType(out, SolrFields.Type.WORDS.solrName, WORDS_CHAIN, WORDS_CHAIN);
            for (SolrFields.Field field : SolrFields.ALL) {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("name", field.name());
                attributes.put("type", field.type().solrName);
                attributes.put("indexed", Boolean.toString(field.indexed()));
                attributes.put("stored", Boolean.toString(field.stored()));
                attributes.put("docValues", Boolean.toString(field.docValues()));
                attributes.put("multiValued", Boolean.toString(field.multiValued()));
                if (field.offsets()) {
                    attributes.put("storeOffsetsWithPositions", "true");
                }
                empty(out, "field", attributes);
            }
            // Solr's update log needs it.
            empty(out, "field", Map.of("name", "_version_", "type", SolrFields.Type.LONG.solrName, "indexed", "false",
                    "stored", "false", "docValues", "true"));
            out.writeEndElement();
        });
    }

    private static void textType(XMLStreamWriter out, String name, List<Step> index, List<Step> query)
            throws XMLStreamException {
        out.writeStartElement("fieldType");
        out.writeAttribute("name", name);
        out.writeAttribute("class", "solr.TextField");
        out.writeAttribute("positionIncrementGap", Integer.toString(PARAGRAPH_POSITION_GAP));
        analyzer(out, "index", index);
        analyzer(out, "query", query);
        out.writeEndElement();
    }

    private static void analyzer(XMLStreamWriter out, String type, List<Step> chain) throws XMLStreamException {
        out.writeStartElement("analyzer");
        out.writeAttribute("type", type);
        for (int i = 0; i < chain.size(); i++) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("name", chain.get(i).name());
            attributes.putAll(chain.get(i).params());
            empty(out, i == 0 ? "tokenizer" : "filter", attributes);
        }
        out.writeEndElement();
    }

    static String solrConfigXml() {
        return xml(out -> {
            out.writeStartElement("config");
            element(out, "luceneMatchVersion", "9.12");
            element(out, "dataDir", "${solr.data.dir:}");
            empty(out, "directoryFactory", Map.of("name", "DirectoryFactory",
                    "class", "${solr.directoryFactory:solr.NRTCachingDirectoryFactory}"));
            empty(out, "schemaFactory", Map.of("class", "ClassicIndexSchemaFactory"));
            out.writeStartElement("indexConfig");
            element(out, "lockType", "${solr.lock.type:native}");
            element(out, "ramBufferSizeMB", "128");
            out.writeEndElement();

            out.writeStartElement("updateHandler");
            out.writeAttribute("class", "solr.DirectUpdateHandler2");
            out.writeStartElement("updateLog");
            named(out, "str", "dir", "${solr.ulog.dir:}");
            out.writeEndElement();
            // A publish commits when it is done; this bounds what a node's restart has to replay meanwhile.
            out.writeStartElement("autoCommit");
            element(out, "maxTime", "15000");
            element(out, "openSearcher", "false");
            out.writeEndElement();
            out.writeEndElement();

            requestHandler(out, "/select", "solr.SearchHandler", "defaults",
                    Map.of("defType", ArticleQParserPlugin.NAME, "df", IndexSchema.TEXT));
            // Solr's health checks ping with a query of every document, which is not the query language's.
            requestHandler(out, "/admin/ping", "solr.PingRequestHandler", "invariants",
                    Map.of("q", "*:*", "defType", "lucene"));

            // Every shard scores with the whole collection's word statistics, so ranking does not depend on
            // which shard an article landed on.
            empty(out, "statsCache", Map.of("class", "org.apache.solr.search.stats.ExactStatsCache"));

            empty(out, "queryParser", Map.of("name", ArticleQParserPlugin.NAME,
                    "class", QUERY_PARSER_CLASS));
            out.writeEndElement();
        });
    }

    /** A request handler with a list of parameters ({@code defaults}, {@code invariants}), in name order. */
    private static void requestHandler(XMLStreamWriter out, String name, String className, String listName,
                                       Map<String, String> params) throws XMLStreamException {
        out.writeStartElement("requestHandler");
        out.writeAttribute("name", name);
        out.writeAttribute("class", className);
        out.writeStartElement("lst");
        out.writeAttribute("name", listName);
        for (Map.Entry<String, String> param : new java.util.TreeMap<>(params).entrySet()) {
            named(out, "str", param.getKey(), param.getValue());
        }
        out.writeEndElement();
        out.writeEndElement();
    }

    private interface XmlBody {
        void write(XMLStreamWriter out) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            out.writeStartDocument("UTF-8", "1.0");
            body.write(out);
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the configset's XML could not be written", e);
        }
        return text + "\n";
    }

    private static void empty(XMLStreamWriter out, String name, Map<String, String> attributes)
            throws XMLStreamException {
        out.writeEmptyElement(name);
        for (Map.Entry<String, String> attribute : new java.util.TreeMap<>(attributes).entrySet()) {
            out.writeAttribute(attribute.getKey(), attribute.getValue());
        }
    }

    private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeCharacters(text);
        out.writeEndElement();
    }

    private static void named(XMLStreamWriter out, String element, String name, String text)
            throws XMLStreamException {
        out.writeStartElement(element);
        out.writeAttribute("name", name);
        out.writeCharacters(text);
        out.writeEndElement();
    }
}
