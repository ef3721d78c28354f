package org.broadsheet.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What {@code bench} prints: the contract's keys, in its order.
 *
 * @param coldIndexSeconds  from an empty cache to every article searchable
 * @param warmStartSeconds  from opening the same, unchanged archive again to brought up to date and searchable
 * @param heapPeakMegabytes the most heap kept alive, measured after garbage collections
 */
@JsonPropertyOrder({"articles", "bytes", "threads", "cold_index_s", "docs_per_s", "warm_start_s", "query",
        "heap_peak_mb"})
public record BenchmarkReport(
        int articles,
        long bytes,
        int threads,
        @JsonProperty("cold_index_s") double coldIndexSeconds,
        @JsonProperty("docs_per_s") double docsPerSecond,
        @JsonProperty("warm_start_s") double warmStartSeconds,
        QueryTimes query,
        @JsonProperty("heap_peak_mb") long heapPeakMegabytes) {

    /** Latencies of the query set, after untimed passes to warm up ({@link Benchmark#WARM_UP_PASSES}). */
    @JsonPropertyOrder({"count", "p50_ms", "p99_ms", "max_ms"})
    public record QueryTimes(
            int count,
            @JsonProperty("p50_ms") double p50Milliseconds,
            @JsonProperty("p99_ms") double p99Milliseconds,
            @JsonProperty("max_ms") double maxMilliseconds) {
    }
}
