package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.broadsheet.shared.Publisher;
import org.broadsheet.shared.SharedArchive;

/**
 * {@code publish}: makes a SolrCloud collection match an archive folder, with progress on standard error and
 * what it did as one JSON object on standard output; with {@code --watch}, it stays, publishes each change as
 * it comes and prints one JSON line for each.
 */
final class PublishCommand {

    /** How often a watch lists the folder again: a listing of tens of thousands of files takes a fraction of it. */
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(5);

    private final ArchiveOpener archives;
    private final SharedOptions shared;
    private final boolean followLinksOutside;

    PublishCommand(ArchiveOpener archives, SharedOptions shared, boolean followLinksOutside) {
        this.archives = archives;
        this.shared = shared;
        this.followLinksOutside = followLinksOutside;
    }

    /** @return the JSON summary to print; a watch prints its own and returns only when stopped */
    String run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, IOException {
        CommandLineInterface.noPositionals(arguments, CommandLineInterface.PUBLISH);
        Path folder = CommandLineInterface.archive(arguments);
        SharedArchive archive = shared.archive(arguments, true).orElseThrow(() ->
                new UsageException("publish needs --solr URL --collection NAME: the cluster and collection to publish to"));
        Publisher.Layout layout = new Publisher.Layout(count(arguments, "shards"), count(arguments, "replicas"));
        Publisher publisher = new Publisher(archive, archives.fieldMapFor(arguments, folder), followLinksOutside, layout);
        Publisher.Progress progress = line -> {
            err.println(line);
            err.flush();
        };
        if (!arguments.flag("watch")) {
            return JsonOutput.write(publisher.publish(folder, progress));
        }
        try {
            publisher.watch(folder, progress, summary -> {
                try {
                    out.println(JsonOutput.writeLine(summary));
                    out.flush();
                } catch (IOException e) {
                    throw new IllegalStateException("a summary is always JSON", e);
                }
            }, () -> false, WATCH_INTERVAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "";
    }

    private static int count(Arguments arguments, String name) throws UsageException {
        Optional<String> value = arguments.option(name);
        if (value.isEmpty()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number > 0 && number <= 1_000) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--" + name + " must be a whole number from 1 to 1000, not \"" + value.get() + "\"");
    }
}
