package org.broadsheet.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The window's arguments: {@code [--archive DIR]}, read with the same rules as the commands'. */
public final class WindowArguments {

    private WindowArguments() {
    }

    /**
     * @return the archive folder asked for, or empty for the default
     * @throws IllegalArgumentException with a one-line message for arguments the window does not take
     */
    public static Optional<Path> archive(String[] args) {
        try {
            Arguments arguments = Arguments.parse(Arrays.asList(args), Set.of("archive"));
            if (!arguments.positionals().isEmpty()) {
                throw new IllegalArgumentException("unknown command \"" + arguments.positionals().get(0)
                        + "\" (commands: search, show, diff, mark, export, bench; or --archive DIR for the window)");
            }
            return arguments.option("archive").map(Path::of);
        } catch (UsageException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a valid folder path: " + e.getInput(), e);
        }
    }
}
