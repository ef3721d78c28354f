package org.broadsheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Starts Broadsheet again in a UTF-8 locale when Linux started it in one that cannot spell file names
 * ({@code LANG=C}): Java then reads every non-ASCII byte of a file name as {@code ?}, so that two files get one
 * id and an id typed on the command line finds nothing. Java takes the encoding of file names from the locale
 * once, at start, so the only cure is a new process. Its arguments travel in a file, because Java in such a
 * locale cannot pass non-ASCII arguments to a process either; they are read as the bytes the shell gave.
 */
final class Utf8Relaunch {

    private static final String ARGUMENTS_FILE = "BROADSHEET_ARGUMENTS_FILE";
    private static final String RELAUNCHED = "BROADSHEET_UTF8_RELAUNCHED";
    private static final String UTF8_LOCALE = "C.UTF-8";

    private Utf8Relaunch() {
    }

    /**
     * Runs Broadsheet again in a UTF-8 locale if it needs to and can, and returns that process's exit status;
     * empty when this process should go on itself.
     */
    static Optional<Integer> ifFileNamesAreNotUtf8(String[] args) {
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        if (!linux || encoding.equalsIgnoreCase("UTF-8") || System.getenv(RELAUNCHED) != null) {
            return Optional.empty();
        }
        try {
            List<String> command = rawCommandLine();
            if (command.size() < args.length + 1) {
                return Optional.empty();
            }
            Path arguments = Files.createTempFile("broadsheet-arguments", ".txt");
            try {
                List<String> applicationArguments = command.subList(command.size() - args.length, command.size());
                String counted = applicationArguments.size() + "\0" + String.join("\0", applicationArguments);
                Files.write(arguments, counted.getBytes(StandardCharsets.UTF_8));
                ProcessBuilder again = new ProcessBuilder(command.subList(0, command.size() - args.length)).inheritIO();
                Map<String, String> environment = again.environment();
                environment.put("LC_ALL", UTF8_LOCALE);
                environment.put(RELAUNCHED, "1");
                environment.put(ARGUMENTS_FILE, arguments.toString());
                return Optional.of(again.start().waitFor());
            } finally {
                Files.deleteIfExists(arguments);
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** In a relaunched process, the arguments as the shell gave them to the first one; else {@code args}. */
    static String[] arguments(String[] args) {
        String file = System.getenv(ARGUMENTS_FILE);
        if (file == null) {
            return args;
        }
        try {
            String[] counted = Files.readString(Path.of(file), StandardCharsets.UTF_8).split("\0", -1);
            int count = Integer.parseInt(counted[0]);
            return count == 0 ? new String[0] : Arrays.copyOfRange(counted, 1, 1 + count);
        } catch (IOException | RuntimeException e) {
            return args;
        }
    }

    /** This process's command line as the bytes it was given, read as UTF-8. */
    private static List<String> rawCommandLine() throws IOException {
        byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                parts.add(new String(Arrays.copyOfRange(raw, start, i), StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return parts;
    }
}
