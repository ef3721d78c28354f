package org.broadsheet.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the packaged {@code target/broadsheet.jar} as a user runs it: {@code java -jar}, from a folder of the
 * test's, with its own home, cache and configuration folders, optionally with a small heap or another locale.
 */
public final class JarRun {

    public static final Path JAR = Path.of(System.getProperty("broadsheet.jar", "target/broadsheet.jar"))
            .toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path workingFolder;
    private final Path home;
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();

    private JarRun(Path workingFolder, Path home) {
        this.workingFolder = workingFolder;
        this.home = home;
    }

    /** Runs from {@code workingFolder}, with {@code home} as home and holding the cache and configuration. */
    public static JarRun in(Path workingFolder, Path home) {
        return new JarRun(workingFolder, home);
    }

    /** With a heap of at most this much, as {@code -Xmx} takes it ({@code 256m}). */
    public JarRun heap(String size) {
        jvmOptions.add("-Xmx" + size);
        return this;
    }

    public JarRun environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public Path cacheFolder() {
        return home.resolve("cache");
    }

    public Path configFolder() {
        return home.resolve("config");
    }

    public Path dataFolder() {
        return home.resolve("data");
    }

    /** What one run printed, and how it ended. */
    public record Result(int status, String out, String err) {
        public JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    public Result run(String... args) throws IOException, InterruptedException {
        return launch(List.of("-jar", JAR.toString()), args);
    }

    /**
     * Runs another main class of the jar than its own, on the class path the jar's manifest makes, with native
     * access allowed as the manifest allows it to {@code java -jar} (and the installer's scripts to theirs).
     */
    public Result runMain(String mainClass, String... args) throws IOException, InterruptedException {
        return launch(List.of("--enable-native-access=ALL-UNNAMED", "-cp", JAR.toString(), mainClass), args);
    }

    private Result launch(List<String> entry, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(entry);
        command.addAll(List.of(args));
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingFolder.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CACHE_HOME", cacheFolder().toString());
        builder.environment().put("XDG_CONFIG_HOME", configFolder().toString());
        builder.environment().put("XDG_DATA_HOME", dataFolder().toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("broadsheet did not finish: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
