package org.broadsheet.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.broadsheet.article.ArticleFingerprint;
import org.broadsheet.marks.ArticleRef;
import org.broadsheet.marks.MarkChange;
import org.broadsheet.marks.MarkException;
import org.broadsheet.marks.MarkStore;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.task.Cancellation;

/**
 * The marks a benchmark puts on its archive, as a user who has worked in it for a while would have: a tenth of
 * the articles tagged with one of {@value #TAGS} tags, one in fifty starred, one in a hundred with a note,
 * one in twenty read; and the searches by marks it times.
 */
final class BenchmarkMarks {

    static final int TAGS = 20;
    static final int TAGGED_EVERY = 10;
    static final int STARRED_EVERY = 50;
    static final int NOTED_EVERY = 100;
    static final int READ_EVERY = 20;
    static final int PER_KIND = 10;
    /** Marks are saved as a user's many-at-once changes are: up to this many articles per transaction. */
    static final int BATCH = 1_000;

    private BenchmarkMarks() {
    }

    /** What marking took. */
    record Marked(int articles, double seconds) {
    }

    static String tag(int number) {
        return "desk " + number;
    }

    /** Marks the share of the archive's articles, in the order the archive lists them, newest first. */
    static Marked apply(ArchiveSession session) throws IOException {
        List<ArticleRef> articles = new ArrayList<>();
        try {
            session.searcher().eachMatch(SearchRequest.all(), found -> articles.add(new ArticleRef(found.article().id(),
                    ArticleFingerprint.of(found.article()), found.article().title())), Cancellation.NEVER);
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("listing every article needs no query", e);
        }
        Map<MarkChange, List<ArticleRef>> changes = new LinkedHashMap<>();
        int marked = 0;
        for (int i = 0; i < articles.size(); i++) {
            ArticleRef article = articles.get(i);
            boolean any = false;
            if (i % TAGGED_EVERY == 0) {
                changes.computeIfAbsent(MarkChange.addTag(tag(i / TAGGED_EVERY % TAGS)), key -> new ArrayList<>())
                        .add(article);
                any = true;
            }
            if (i % STARRED_EVERY == 0) {
                changes.computeIfAbsent(MarkChange.star(true), key -> new ArrayList<>()).add(article);
            }
            if (i % NOTED_EVERY == 0) {
                changes.computeIfAbsent(MarkChange.note("Ask the desk about the sources of this one."),
                        key -> new ArrayList<>()).add(article);
            }
            if (i % READ_EVERY == 0) {
                changes.computeIfAbsent(MarkChange.read(true), key -> new ArrayList<>()).add(article);
                any = true;
            }
            marked += any ? 1 : 0;
        }
        MarkStore store = session.marks();
        long start = System.nanoTime();
        try {
            for (Map.Entry<MarkChange, List<ArticleRef>> change : changes.entrySet()) {
                List<ArticleRef> refs = change.getValue();
                for (int from = 0; from < refs.size(); from += BATCH) {
                    store.apply(refs.subList(from, Math.min(refs.size(), from + BATCH)), change.getKey());
                }
            }
        } catch (MarkException e) {
            throw new IllegalStateException("the benchmark's marks are valid: " + e.getMessage(), e);
        }
        return new Marked(marked, (System.nanoTime() - start) / 1_000_000_000.0);
    }

    /** Searches by marks, alone and with words and dates, each asking what the window asks per keystroke. */
    static List<SearchRequest> queries(SyntheticArchive archive, long seed) {
        Random random = new Random(seed * 17 + 3);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < PER_KIND; i++) {
            String tag = "tag:\"" + tag(random.nextInt(TAGS)) + "\"";
            queries.add(tag);
            queries.add(tag + " " + archive.word(random.nextInt(200)));
            queries.add("is:starred " + archive.word(random.nextInt(50)));
            queries.add("is:unread " + archive.word(100 + random.nextInt(2_000)));
            queries.add("has:note");
            queries.add("-is:read " + tag);
        }
        List<SearchRequest> requests = new ArrayList<>();
        for (String query : queries) {
            SearchRequest request = SearchRequest.of(query).withPage(0, BenchmarkQueries.PAGE)
                    .withFacetScope(SearchRequest.FacetScope.OTHER_FILTERS);
            requests.add(request);
            int year = archive.firstYear() + random.nextInt(archive.years() - 1);
            LocalDate from = LocalDate.of(year, 1 + random.nextInt(12), 1);
            requests.add(request.withDates(from, from.plusMonths(3 + random.nextInt(18))));
        }
        return requests;
    }
}
