package org.broadsheet.session;

import java.time.Duration;
import java.util.Optional;

/**
 * How far bringing an archive's index up to date has got.
 *
 * @param filesDone  files read (or found unchanged) so far
 * @param filesTotal files the scan found
 * @param articles   articles searchable so far
 * @param elapsed    time since the ingest started
 * @param finished   whether every file has been dealt with
 */
public record IngestProgress(int filesDone, int filesTotal, int articles, Duration elapsed, boolean finished) {

    /** Files per second so far, or empty before there is anything to measure. */
    public Optional<Double> filesPerSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return filesDone == 0 || seconds < 0.001 ? Optional.empty() : Optional.of(filesDone / seconds);
    }

    /** The time the remaining files will take at the rate so far. */
    public Optional<Duration> remaining() {
        return filesPerSecond().map(rate -> Duration.ofMillis(Math.round((filesTotal - filesDone) / rate * 1000)));
    }

    /** The fraction of files done, from 0 to 1. */
    public double fraction() {
        return filesTotal == 0 ? 1.0 : (double) filesDone / filesTotal;
    }
}
