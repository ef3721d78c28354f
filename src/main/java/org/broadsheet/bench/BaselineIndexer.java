package org.broadsheet.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The plainest Lucene indexer a user could write, to measure Broadsheet's ingest against: one thread, the
 * standard analyzer, each file's path stored and its whole text indexed but not stored, every setting left
 * at Lucene's default. It reads the files as Broadsheet does, from the same folder, and commits once; and it
 * runs in a JVM of its own, as such a program would.
 */
final class BaselineIndexer {

    /**
     * The options of this JVM a baseline's is started with: the same heap and collector. Nothing else is passed
     * on: not an agent, a recording or a start-up cache being written, which are this run's own.
     */
    private static final List<String> OPTIONS_PASSED_ON = List.of("-Xmx", "-Xms", "-XX:MaxRAMPercentage=",
            "-XX:InitialRAMPercentage=", "-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseG1GC", "-XX:+UseZGC");

    private BaselineIndexer() {
    }

    /**
     * The baseline's own JVM: {@code ARCHIVE INDEX_FOLDER RESULT_FILE}; the seconds {@link #index} took go to
     * the result file.
     */
    public static void main(String[] args) throws IOException {
        double seconds = index(Path.of(args[0]), Path.of(args[1]));
        Files.writeString(Path.of(args[2]), Double.toString(seconds), StandardCharsets.US_ASCII);
    }

    /**
     * {@link #index} in a new JVM started as this one was, on its class path, so that the baseline compiles
     * Lucene's indexing code for itself, as Broadsheet's first build does: run after Broadsheet in the same
     * JVM it found that code compiled, and took 6.1-6.5 s on 100,000 short articles where a JVM of its own
     * took 7.6 s.
     *
     * @param work a folder for the index and the child's result and messages
     * @return the seconds the child reports from the first file listed to the commit
     */
    static double indexInOwnJvm(Path archive, Path work) throws IOException {
        Path indexFolder = work.resolve("index");
        Path result = work.resolve("seconds.txt");
        Path messages = work.resolve("messages.txt");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (OPTIONS_PASSED_ON.stream().anyMatch(option::startsWith)) {
                command.add(option);
            }
        }
        // As the jar's manifest allows it to java -jar: Lucene maps the index through the foreign memory API.
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BaselineIndexer.class.getName(),
                archive.toString(), indexFolder.toString(), result.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(messages.toFile())
                .start();
        int status;
        try {
            status = child.waitFor();
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("the baseline was interrupted", e);
        }
        if (status != 0 || !Files.isRegularFile(result)) {
            throw new IOException("the baseline indexer failed in a JVM of its own (exit status " + status + "): "
                    + Files.readString(messages, StandardCharsets.UTF_8).lines().findFirst().orElse("no message"));
        }
        try {
            return Double.parseDouble(Files.readString(result, StandardCharsets.US_ASCII).strip());
        } catch (NumberFormatException e) {
            throw new IOException("the baseline indexer reported no time", e);
        }
    }

    /**
     * Indexes every {@code .txt} file under {@code archive} into a new index in {@code indexFolder}.
     *
     * @return the seconds from the first file listed to the commit
     */
    static double index(Path archive, Path indexFolder) throws IOException {
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(archive)) {
            files = walk.filter(path -> path.toString().endsWith(".txt") && Files.isRegularFile(path)).toList();
        }
        try (FSDirectory directory = FSDirectory.open(indexFolder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (Path file : files) {
                Document document = new Document();
                document.add(new StringField("path", archive.relativize(file).toString(), Field.Store.YES));
                document.add(new TextField("text", Files.readString(file, StandardCharsets.UTF_8), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
