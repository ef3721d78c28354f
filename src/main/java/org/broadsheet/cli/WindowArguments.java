package org.broadsheet.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The window's arguments: {@code [--archive DIR]} or {@code --solr URL --collection NAME [--user NAME]}, read
 * with the same rules as the commands'.
 */
public final class WindowArguments {

    private WindowArguments() {
    }

    /**
     * @return the archive folder asked for, or empty for the default
     * @throws IllegalArgumentException with a one-line message for arguments the window does not take
     */
    public static Optional<Path> archive(String[] args) {
        try {
            Arguments arguments = parse(args);
            if (!arguments.positionals().isEmpty()) {
                throw new IllegalArgumentException("unknown command \"" + arguments.positionals().get(0)
                        + "\" (commands: search, show, diff, mark, export, bench; or --archive DIR for the window)");
            }
            if (arguments.option(SharedOptions.SOLR).isPresent() || arguments.option(SharedOptions.COLLECTION).isPresent()) {
                shared(args);
                return Optional.empty();
            }
            return arguments.option("archive").map(Path::of);
        } catch (UsageException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a valid folder path: " + e.getInput(), e);
        }
    }

    /**
     * The shared archive asked for, as {@code {nodes, collection, user}} (the user null when not given), or
     * empty for a folder; its password comes from {@value SharedOptions#PASSWORD_VARIABLE}.
     *
     * @throws IllegalArgumentException with a one-line message for options that do not go together
     */
    public static Optional<String[]> shared(String[] args) {
        try {
            Arguments arguments = parse(args);
            Optional<String> solr = arguments.option(SharedOptions.SOLR);
            Optional<String> collection = arguments.option(SharedOptions.COLLECTION);
            if (solr.isEmpty() && collection.isEmpty() && arguments.option(SharedOptions.USER).isEmpty()) {
                return Optional.empty();
            }
            if (solr.isEmpty() || collection.isEmpty()) {
                throw new IllegalArgumentException("a shared archive needs both --solr URL and --collection NAME");
            }
            if (arguments.option("archive").isPresent()) {
                throw new IllegalArgumentException("give --archive DIR for a folder or --solr URL for a shared "
                        + "archive, not both");
            }
            return Optional.of(new String[] {solr.get(), collection.get(),
                    arguments.option(SharedOptions.USER).orElse(null)});
        } catch (UsageException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Arguments parse(String[] args) throws UsageException {
        return Arguments.parse(Arrays.asList(args), Set.of("archive", SharedOptions.SOLR, SharedOptions.COLLECTION,
                SharedOptions.USER));
    }
}
