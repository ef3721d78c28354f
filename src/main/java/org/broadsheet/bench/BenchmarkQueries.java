package org.broadsheet.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.broadsheet.search.SearchRequest;

/**
 * The fixed, mixed set of searches a benchmark times: common and rare words, two words, phrases, prefixes
 * and fuzzy words, each with and without a date range. Each asks for what the window asks per keystroke:
 * the total, the top 20 with snippets, and the author and timeline counts.
 */
public final class BenchmarkQueries {

    static final int PER_KIND = 20;
    static final int PAGE = 20;

    private BenchmarkQueries() {
    }

    public static List<SearchRequest> of(SyntheticArchive archive, long seed) {
        Random random = new Random(seed * 31 + 7);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < PER_KIND; i++) {
            queries.add(archive.word(random.nextInt(50)));
            queries.add(archive.word(8_000 + random.nextInt(20_000)));
            queries.add(archive.word(100 + random.nextInt(2_000)) + " " + archive.word(100 + random.nextInt(2_000)));
            queries.add('"' + archive.phrases().get(random.nextInt(archive.phrases().size())) + '"');
            String stem = archive.word(200 + random.nextInt(3_000));
            queries.add(stem.substring(0, Math.min(stem.length(), 3 + random.nextInt(2))) + "*");
            queries.add(misspelt(archive.word(200 + random.nextInt(3_000)), random) + "~");
        }
        List<SearchRequest> requests = new ArrayList<>();
        for (String query : queries) {
            SearchRequest request = SearchRequest.of(query).withPage(0, PAGE)
                    .withFacetScope(SearchRequest.FacetScope.OTHER_FILTERS);
            requests.add(request);
            int year = archive.firstYear() + random.nextInt(archive.years() - 1);
            LocalDate from = LocalDate.of(year, 1 + random.nextInt(12), 1);
            requests.add(request.withDates(from, from.plusMonths(3 + random.nextInt(18))));
        }
        return requests;
    }

    /** The word with one letter after the first changed, as a typo would. */
    private static String misspelt(String word, Random random) {
        if (word.length() < 3) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 1);
        char replacement = (char) ('a' + random.nextInt(26));
        return word.substring(0, at) + replacement + word.substring(at + 1);
    }
}
