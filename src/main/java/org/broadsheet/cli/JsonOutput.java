package org.broadsheet.cli;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.broadsheet.article.Article;
import org.broadsheet.article.Problem;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchResult;
import org.broadsheet.search.SimilarArticle;

/**
 * The JSON the command line prints. The records here are the contract's shape, key for key and in order;
 * absent values are written as null, dates as ISO-8601 with their own offset.
 */
final class JsonOutput {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonOutput() {
    }

    static String write(Object value) throws JsonProcessingException {
        return MAPPER.writeValueAsString(value) + System.lineSeparator();
    }

    /** {@code 2021-03-03T21:14+05:30}; seconds only when there are some; null stays null. */
    static String date(OffsetDateTime date) {
        if (date == null) {
            return null;
        }
        return (date.getSecond() == 0 && date.getNano() == 0 ? MINUTES : SECONDS).format(date);
    }

    /**
     * @param complete false when the index is still being built by another process, so the hits are only part
     *                 of the answer
     */
    @JsonPropertyOrder({"total", "hits", "problems", "authors", "timeline", "complete"})
    record SearchOutput(int total, List<HitOutput> hits, List<ProblemOutput> problems, List<AuthorOutput> authors,
                        List<TimelineOutput> timeline, boolean complete) {

        static SearchOutput of(SearchResult result, List<Problem> problems, boolean complete) {
            return new SearchOutput(result.total(),
                    result.hits().stream().map(HitOutput::of).toList(),
                    problems.stream().map(ProblemOutput::of).toList(),
                    result.authors().stream().map(author -> new AuthorOutput(author.name(), author.count())).toList(),
                    result.timeline().buckets().stream()
                            .map(bucket -> new TimelineOutput(bucket.start().toString(), bucket.count())).toList(),
                    complete);
        }
    }

    @JsonPropertyOrder({"name", "count"})
    record AuthorOutput(String name, int count) {
    }

    /** A period of the timeline, named by its first day ({@code YYYY-MM-DD}). */
    @JsonPropertyOrder({"start", "count"})
    record TimelineOutput(String start, int count) {
    }

    @JsonPropertyOrder({"id", "title", "author", "published", "updated", "snippet", "score"})
    record HitOutput(String id, String title, String author, String published, String updated, String snippet,
                     Float score) {

        static HitOutput of(SearchHit hit) {
            return new HitOutput(hit.id(), hit.title(), hit.author(), date(hit.published()), date(hit.updated()),
                    hit.snippet().text(), hit.score());
        }
    }

    @JsonPropertyOrder({"file", "reason"})
    record ProblemOutput(String file, String reason) {

        static ProblemOutput of(Problem problem) {
            return new ProblemOutput(problem.file(), problem.reason());
        }
    }

    @JsonPropertyOrder({"id", "title", "standfirst", "author", "published", "updated", "paragraphs", "related",
            "similar"})
    record ShowOutput(String id, String title, String standfirst, String author, String published, String updated,
                      List<String> paragraphs, List<String> related, List<String> similar) {

        static ShowOutput of(Article article, List<SimilarArticle> similar) {
            return new ShowOutput(article.id(), article.title(), article.standfirst(), article.author(),
                    date(article.published()), date(article.updated()), article.paragraphs(), article.related(),
                    similar.stream().map(SimilarArticle::id).toList());
        }
    }
}
