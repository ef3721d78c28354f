package org.broadsheet.cli;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleDates;
import org.broadsheet.article.Marks;
import org.broadsheet.article.Problem;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchResult;
import org.broadsheet.search.SimilarArticle;
import org.broadsheet.search.Version;
import org.broadsheet.versions.WordDiff;

/**
 * The JSON the command line prints. The records here are the contract's shape, key for key and in order;
 * absent values are written as null, dates as ISO-8601 with their own offset.
 */
final class JsonOutput {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonOutput() {
    }

    static String write(Object value) throws JsonProcessingException {
        return MAPPER.writeValueAsString(value) + System.lineSeparator();
    }

    /** The value on one line, as JSON Lines: for a command that prints one object per event. */
    static String writeLine(Object value) throws JsonProcessingException {
        return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    }

    /** {@code 2021-03-03T21:14+05:30}; seconds only when there are some; null stays null. */
    static String date(OffsetDateTime date) {
        return ArticleDates.iso(date);
    }

    /**
     * @param complete false when the index is still being built by another process, so the hits are only part
     *                 of the answer
     */
    @JsonPropertyOrder({"total", "stories", "hits", "problems", "authors", "tags", "sources", "timeline", "complete"})
    record SearchOutput(int total, @JsonInclude(JsonInclude.Include.NON_NULL) Integer stories, List<HitOutput> hits,
                        List<ProblemOutput> problems, List<AuthorOutput> authors, List<AuthorOutput> tags,
                        List<AuthorOutput> sources, List<TimelineOutput> timeline, boolean complete) {

        /** A collapsed search also says how many stories there are, and how many versions each hit's has. */
        static SearchOutput of(SearchResult result, List<Problem> problems, boolean complete) {
            boolean collapsed = result.isCollapsed();
            return new SearchOutput(result.total(), collapsed ? result.stories() : null,
                    result.hits().stream().map(hit -> HitOutput.of(hit, collapsed)).toList(),
                    problems.stream().map(ProblemOutput::of).toList(),
                    result.authors().stream().map(author -> new AuthorOutput(author.name(), author.count())).toList(),
                    result.tags().stream().map(tag -> new AuthorOutput(tag.name(), tag.count())).toList(),
                    result.sources().stream().map(source -> new AuthorOutput(source.name(), source.count())).toList(),
                    result.timeline().buckets().stream()
                            .map(bucket -> new TimelineOutput(bucket.start().toString(), bucket.count())).toList(),
                    complete);
        }
    }

    /** A byline, a tag or an outlet and how many matching articles have it. */
    @JsonPropertyOrder({"name", "count"})
    record AuthorOutput(String name, int count) {
    }

    /** A period of the timeline, named by its first day ({@code YYYY-MM-DD}). */
    @JsonPropertyOrder({"start", "count"})
    record TimelineOutput(String start, int count) {
    }

    @JsonPropertyOrder({"id", "title", "author", "published", "updated", "snippet", "score", "star", "tags", "note",
            "read", "versions", "source"})
    record HitOutput(String id, String title, String author, String published, String updated, String snippet,
                     Float score, boolean star, List<String> tags, String note, boolean read,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Integer versions, String source) {

        static HitOutput of(SearchHit hit, boolean collapsed) {
            Marks marks = hit.marks();
            return new HitOutput(hit.id(), hit.title(), hit.author(), date(hit.published()), date(hit.updated()),
                    hit.snippet().text(), hit.score(), marks.starred(), marks.tags(), marks.note(), marks.read(),
                    collapsed ? hit.versions() : null, hit.source());
        }
    }

    /** Another version of a story, as {@code show} lists them. */
    @JsonPropertyOrder({"id", "published", "updated", "similarity"})
    record VersionOutput(String id, String published, String updated, double similarity) {

        static VersionOutput of(Version version) {
            return new VersionOutput(version.id(), date(version.published()), date(version.updated()),
                    Math.round(version.similarity() * 1000) / 1000.0);
        }
    }

    /** One piece of {@code diff}'s comparison. */
    @JsonPropertyOrder({"op", "text"})
    record PieceOutput(String op, String text) {

        static PieceOutput of(WordDiff.Piece piece) {
            return new PieceOutput(piece.op().name().toLowerCase(Locale.ROOT), piece.text());
        }
    }

    /** An article's marks, as {@code mark} prints them. */
    @JsonPropertyOrder({"id", "star", "tags", "note", "read"})
    record MarksOutput(String id, boolean star, List<String> tags, String note, boolean read) {

        static MarksOutput of(String id, Marks marks) {
            return new MarksOutput(id, marks.starred(), marks.tags(), marks.note(), marks.read());
        }
    }

    @JsonPropertyOrder({"file", "reason"})
    record ProblemOutput(String file, String reason) {

        static ProblemOutput of(Problem problem) {
            return new ProblemOutput(problem.file(), problem.reason());
        }
    }

    @JsonPropertyOrder({"id", "title", "standfirst", "author", "published", "updated", "paragraphs", "related",
            "similar", "star", "tags", "note", "read", "versions", "url", "source"})
    record ShowOutput(String id, String title, String standfirst, String author, String published, String updated,
                      List<String> paragraphs, List<String> related, List<String> similar, boolean star,
                      List<String> tags, String note, boolean read, List<VersionOutput> versions, String url,
                      String source) {

        static ShowOutput of(Article article, List<SimilarArticle> similar, Marks marks, List<Version> versions) {
            return new ShowOutput(article.id(), article.title(), article.standfirst(), article.author(),
                    date(article.published()), date(article.updated()), article.paragraphs(), article.related(),
                    similar.stream().map(SimilarArticle::id).toList(), marks.starred(), marks.tags(), marks.note(),
                    marks.read(), versions.stream().map(VersionOutput::of).toList(), article.url(), article.source());
        }
    }
}
