package org.broadsheet.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What {@code bench} prints: the contract's keys, in its order.
 *
 * @param coldIndexSeconds  from an empty cache to every article searchable
 * @param warmStartSeconds  from opening the same, unchanged archive again to brought up to date and searchable
 * @param heapPeakMegabytes the most heap kept alive, measured after garbage collections
 * @param marked            the share of the articles the benchmark marks, and what marking them and searching
 *                          by marks cost
 * @param baseline          the plainest Lucene indexer on the same archive; null for another format than text
 * @param coldVsBaseline    {@code cold_index_s} over the baseline's {@code index_s}: below 1, Broadsheet is
 *                          faster; null with the baseline
 */
@JsonPropertyOrder({"articles", "bytes", "threads", "cold_index_s", "docs_per_s", "warm_start_s", "query",
        "heap_peak_mb", "marked", "versions", "baseline", "cold_vs_baseline"})
public record BenchmarkReport(
        int articles,
        long bytes,
        int threads,
        @JsonProperty("cold_index_s") double coldIndexSeconds,
        @JsonProperty("docs_per_s") double docsPerSecond,
        @JsonProperty("warm_start_s") double warmStartSeconds,
        QueryTimes query,
        @JsonProperty("heap_peak_mb") long heapPeakMegabytes,
        Marked marked,
        Versions versions,
        Baseline baseline,
        @JsonProperty("cold_vs_baseline") Double coldVsBaseline) {

    /**
     * The plainest Lucene indexer a user could write ({@link BaselineIndexer}) on the same archive.
     *
     * @param indexSeconds  from listing the folder to the commit
     * @param docsPerSecond articles over {@code indexSeconds}
     */
    @JsonPropertyOrder({"index_s", "docs_per_s"})
    public record Baseline(
            @JsonProperty("index_s") double indexSeconds,
            @JsonProperty("docs_per_s") double docsPerSecond) {
    }

    /**
     * The versions of stories the archive holds and what finding them cost the cold ingest.
     *
     * @param written          how many articles the generator wrote as versions of earlier ones
     * @param folded           how many articles a collapsed list of everything hides, one story showing for all
     *                         its versions: equal to {@code written} when every version was found
     * @param groupSeconds     the grouping of every article into stories, after the articles were read
     * @param signatureSeconds the shingles and MinHash bands of every article, on one thread: the part of
     *                         detection that happens while each article is indexed, spread over the threads
     */
    @JsonPropertyOrder({"written", "folded", "group_s", "signature_s"})
    public record Versions(
            int written,
            int folded,
            @JsonProperty("group_s") double groupSeconds,
            @JsonProperty("signature_s") double signatureSeconds) {
    }

    /**
     * The marks a benchmark gives its archive (tags on a tenth of the articles, stars, notes and read state on
     * fewer) and how fast searches by them are, timed as {@link #query} is.
     *
     * @param articles     how many articles have a mark
     * @param markSeconds  how long saving all those marks took, in transactions of a thousand
     * @param query        latencies of searches by marks ({@code tag:}, {@code is:}, {@code has:}), alone and
     *                     with words and dates
     */
    @JsonPropertyOrder({"articles", "mark_s", "query"})
    public record Marked(
            int articles,
            @JsonProperty("mark_s") double markSeconds,
            QueryTimes query) {
    }

    /** Latencies of the query set, after untimed passes to warm up ({@link Benchmark#WARM_UP_PASSES}). */
    @JsonPropertyOrder({"count", "p50_ms", "p99_ms", "max_ms"})
    public record QueryTimes(
            int count,
            @JsonProperty("p50_ms") double p50Milliseconds,
            @JsonProperty("p99_ms") double p99Milliseconds,
            @JsonProperty("max_ms") double maxMilliseconds) {
    }
}
