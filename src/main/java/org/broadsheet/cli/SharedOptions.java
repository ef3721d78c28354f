package org.broadsheet.cli;

import java.io.Console;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.broadsheet.shared.SharedArchive;

/**
 * The options that name a shared archive ({@code --solr URL --collection NAME [--user NAME]}). A password is
 * never an option, where other users could read it in the process list: it comes from the environment
 * ({@value #PASSWORD_VARIABLE}) or is asked for on the terminal.
 */
final class SharedOptions {

    static final String SOLR = "solr";
    static final String COLLECTION = "collection";
    static final String USER = "user";
    static final Set<String> NAMES = Set.of(SOLR, COLLECTION, USER);
    static final String PASSWORD_VARIABLE = "BROADSHEET_SOLR_PASSWORD";

    private final Function<String, String> environment;
    private final Supplier<Console> console;

    SharedOptions(Function<String, String> environment, Supplier<Console> console) {
        this.environment = environment;
        this.console = console;
    }

    static SharedOptions ofSystem() {
        return new SharedOptions(System::getenv, System::console);
    }

    /** The shared archive the arguments name, or none when they name a folder (or nothing). */
    Optional<SharedArchive> archive(Arguments arguments) throws UsageException {
        return archive(arguments, false);
    }

    /** @param withFolder whether the command also takes {@code --archive}, as {@code publish} does */
    Optional<SharedArchive> archive(Arguments arguments, boolean withFolder) throws UsageException {
        Optional<String> solr = arguments.option(SOLR);
        Optional<String> collection = arguments.option(COLLECTION);
        if (solr.isEmpty()) {
            if (collection.isPresent() || arguments.option(USER).isPresent()) {
                throw new UsageException("--" + (collection.isPresent() ? COLLECTION : USER)
                        + " goes with --solr URL, the cluster's address");
            }
            return Optional.empty();
        }
        if (!withFolder && arguments.option("archive").isPresent()) {
            throw new UsageException("give --archive DIR for a folder or --solr URL for a shared archive, not both");
        }
        if (collection.isEmpty()) {
            throw new UsageException("--solr needs --collection NAME, the shared archive's collection");
        }
        String user = arguments.option(USER).orElse(null);
        try {
            return Optional.of(SharedArchive.of(solr.get(), collection.get(), user, user == null ? null : password(user)));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--solr: " + e.getMessage());
        }
    }

    private String password(String user) throws UsageException {
        String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        Console terminal = console.get();
        if (terminal == null) {
            throw new UsageException("--user " + user + " needs a password: set " + PASSWORD_VARIABLE
                    + " or run the command in a terminal to be asked for it");
        }
        char[] typed = terminal.readPassword("Solr password for %s: ", user);
        if (typed == null) {
            throw new UsageException("no password was typed for " + user);
        }
        return new String(typed);
    }
}
