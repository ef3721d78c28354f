package org.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.broadsheet.article.Article;

/**
 * What a search backend's raw counts and matches become in a {@link SearchResult}, made the same way whichever
 * backend counted them: facet entries in one order, the timeline's bars, a hit's snippet.
 */
public final class ResultParts {

    private ResultParts() {
    }

    /** Counts by name as facet entries, most frequent first, then by name. */
    public static <T> List<T> counted(Map<String, Integer> counts, BiFunction<String, Integer, T> entry) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(count -> entry.apply(count.getKey(), count.getValue()))
                .toList();
    }

    /** The timeline of these counts of articles by publication day (days since 1970). */
    public static Timeline timeline(Map<Integer, Integer> countsByDay) {
        if (countsByDay.isEmpty()) {
            return Timeline.empty();
        }
        int first = countsByDay.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int last = countsByDay.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        DayCounts days = new DayCounts(first, last - first + 1);
        countsByDay.forEach(days::add);
        return Timeline.of(days);
    }

    /**
     * The passage that best shows why an article matched, or its opening without matches.
     *
     * @param texts   the article's standfirst and paragraphs
     * @param matches for each text, where the query matched it
     */
    public static Snippet snippet(List<String> texts, List<List<TextRange>> matches) {
        return new SnippetBuilder().best(texts, matches);
    }

    /** What two versions are compared by: title, standfirst and paragraphs, a blank line between each. */
    public static String comparedText(Article article) {
        List<String> parts = new ArrayList<>();
        parts.add(article.title());
        parts.addAll(texts(article));
        return String.join("\n\n", parts);
    }

    /** The standfirst and paragraphs, in order, as the index's text field holds them. */
    public static List<String> texts(Article article) {
        List<String> texts = new ArrayList<>();
        if (article.standfirst() != null) {
            texts.add(article.standfirst());
        }
        texts.addAll(article.paragraphs());
        return texts;
    }
}
