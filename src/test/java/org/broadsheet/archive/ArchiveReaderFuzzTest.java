package org.broadsheet.archive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Arbitrary bytes and soups of article-like lines, fed to the reader: every input yields articles or
 * problems, never an exception. Seeds are fixed, so a failure names an input that can be replayed.
 * The adversarial inputs guard against work that grows faster than the input (a backtracking pattern);
 * their time limits are generous, far above what linear work needs, so they are not speed tests.
 */
class ArchiveReaderFuzzTest {

    private static final List<String> LINE_KINDS = List.of(
            "Updated March 3rd, 2021 at 21:14 IST", "Published March 33rd, 2021 at 99:99 XYZ", "Published ",
            "Updated", "Reported by:", "Reported by: Someone", "| Image:self", "|", "Advertisement", "READ |",
            "READ | A related headline", "\u00A0", " \u00A0 \u200B ", "", "", "\uFEFF", "Plain sentence.",
            "Café “quoted” — text", "東京で会議", "\"", "Updated Wednesday, March 3, 2021 at 9:14 pm EDT",
            "Published 2021-03-03T21:14:00+05:30", "1st", "READ |READ |READ |", "Updated " + "9".repeat(40));

    @TempDir
    Path folder;

    private final ArchiveReader reader = new ArchiveReader();
    private int fileNumber;

    private FileReadResult read(String extension, byte[] bytes) throws Exception {
        String name = "input" + (fileNumber++) + extension;
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return reader.read(new ArchiveFile(name, folder, bytes.length, 0));
    }

    private static void assertWellFormed(FileReadResult result) {
        assertFalse(result.articles().isEmpty() && result.problems().isEmpty(), "neither an article nor a problem");
        for (Article article : result.articles()) {
            assertFalse(article.title().isBlank(), "a blank title");
            assertTrue(article.paragraphs().stream().noneMatch(String::isBlank), "a blank paragraph");
        }
    }

    static Stream<Arguments> seeds() {
        return Stream.of(".txt", ".json", ".jsonl").flatMap(extension ->
                Stream.iterate(1L, seed -> seed + 1).limit(60).map(seed -> Arguments.of(extension, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("seeds")
    void arbitraryBytesBecomeArticlesOrProblems(String extension, long seed) throws Exception {
        Random random = new Random(seed);
        byte[] bytes = new byte[random.nextInt(20_000)];
        random.nextBytes(bytes);
        assertWellFormed(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(extension, bytes)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("seeds")
    void soupsOfArticleLinesBecomeArticlesOrProblems(String extension, long seed) throws Exception {
        Random random = new Random(seed);
        StringBuilder soup = new StringBuilder();
        String[] endings = {"\n", "\r\n", "\r"};
        int lines = random.nextInt(400);
        for (int i = 0; i < lines; i++) {
            String line = LINE_KINDS.get(random.nextInt(LINE_KINDS.size()));
            if (extension.startsWith(".json") && random.nextBoolean()) {
                line = "{\"title\": \"" + line.replace("\"", "") + "\", \"text\": " + (random.nextBoolean() ? "[1, {}]" : "\"t\"") + "}";
            }
            soup.append(line).append(endings[random.nextInt(endings.length)]);
        }
        byte[] bytes = soup.toString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16);
        if (bytes.length == 0) {
            return;
        }
        assertWellFormed(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(extension, bytes)));
    }

    static Stream<Arguments> adversarialInputs() {
        return Stream.of(
                Arguments.of("a date keyword before a million digits", ".txt", "Updated " + "1".repeat(1_000_000)),
                Arguments.of("a date line's words repeated on one line", ".txt",
                        "Published March 3rd, 2021 at ".repeat(40_000)),
                Arguments.of("200,000 related-link lines", ".txt", "Title\n" + "READ | x\n".repeat(200_000)),
                Arguments.of("two million spaces before a word", ".txt", " ".repeat(2_000_000) + "word"),
                Arguments.of("100,000 paragraphs", ".txt", "Title\n\n" + "Some text.\n\n".repeat(100_000)),
                Arguments.of("a million-character title line", ".txt", "x".repeat(1_000_000)),
                Arguments.of("deeply nested arrays", ".json", "[".repeat(100_000)),
                Arguments.of("100,000 JSON lines", ".jsonl", "{\"title\": \"t\", \"text\": \"x\"}\n".repeat(100_000)),
                Arguments.of("a long string of escapes", ".json", "[{\"title\": \"" + "\\u0041".repeat(300_000) + "\"}]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarialInputs")
    void adversarialInputsFinishWithoutBlowingUp(String description, String extension, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        assertWellFormed(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(extension, bytes)));
    }

    @Test
    void aWordAtTheVeryEndOfAOneMegabyteArticleIsKept() throws Exception {
        String text = "A long report\n\n" + "Filler sentence for the report. ".repeat(33_000) + "\n\nzanzibarfinale";
        assertTrue(text.length() > 1_000_000);
        Article article = read(".txt", text.getBytes(StandardCharsets.UTF_8)).articles().get(0);
        assertTrue(article.paragraphs().get(article.paragraphs().size() - 1).endsWith("zanzibarfinale"));
    }
}
