package org.broadsheet.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files saved in every encoding an archive meets, read back as they were written. */
class ArchiveReaderEncodingTest {

    private static final String TITLE = "Café “Zürich” — naïve piñata";
    private static final String STANDFIRST = "Les élèves ont été très heureux, déjà.";
    private static final String BODY = "It’s the “smart quotes” test – with an en dash and £20.";
    private static final String TEXT = "Updated March 3rd, 2021 at 21:14 IST\n\n" + TITLE + "\n\n" + STANDFIRST + "\n\n"
            + BODY + "\n";

    @TempDir
    Path folder;

    private final ArchiveReader reader = new ArchiveReader();

    private FileReadResult read(String name, byte[] bytes) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return reader.read(new ArchiveFile(name, folder, bytes.length, 0));
    }

    private Article article(byte[] bytes) throws Exception {
        FileReadResult result = read("article.txt", bytes);
        assertEquals(List.of(), result.problems());
        return result.articles().get(0);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    private static void assertIntact(Article article) {
        assertEquals(TITLE, article.title());
        assertEquals(STANDFIRST, article.standfirst());
        assertEquals(List.of(BODY), article.paragraphs());
    }

    @Test
    void readsUtf8() throws Exception {
        assertIntact(article(TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsUtf8WithAByteOrderMarkAndKeepsTheMarkOutOfTheTitle() throws Exception {
        Article article = article(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (TITLE + "\n\n" + STANDFIRST).getBytes(StandardCharsets.UTF_8)));
        assertEquals(TITLE, article.title());
        assertFalse(article.title().contains("\uFEFF"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void readsUtf16WithAByteOrderMark(String encoding) throws Exception {
        Charset charset = Charset.forName(encoding);
        assertIntact(article(("\uFEFF" + TEXT).getBytes(charset)));
    }

    @Test
    void readsUtf16WithoutAByteOrderMark() throws Exception {
        assertIntact(article(TEXT.getBytes(StandardCharsets.UTF_16LE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1252", "ISO-8859-1"})
    void readsLegacyWesternFiles(String encoding) throws Exception {
        String text = encoding.equals("ISO-8859-1")
                ? "Café au lait, naïve façade\n\nLes élèves ont été très heureux de voir le président à l'école.\n"
                : TEXT;
        Article article = article(text.getBytes(Charset.forName(encoding)));
        if (encoding.equals("ISO-8859-1")) {
            assertEquals("Café au lait, naïve façade", article.title());
        } else {
            assertIntact(article);
        }
    }

    @Test
    void readsLegacyCyrillicFiles() throws Exception {
        String title = "Москва: правительство объявило о новых санкциях";
        String standfirst = "Министерство финансов сообщило о мерах против компаний и банков.";
        Article article = article((title + "\n\n" + standfirst + "\n").getBytes(Charset.forName("windows-1251")));
        assertEquals(title, article.title());
        assertEquals(standfirst, article.standfirst());
    }

    @Test
    void readsNonLatinScriptsInUtf8() throws Exception {
        String title = "東京で会議 — मुंबई में बैठक — اجتماع في القاهرة";
        assertEquals(title, article((title + "\n\nText.").getBytes(StandardCharsets.UTF_8)).title());
    }

    @Test
    void readsAStrayLegacyByteInAUtf8FileAsWindows1252() throws Exception {
        byte[] utf8 = "Café in Zürich\n\nPrice: ".getBytes(StandardCharsets.UTF_8);
        byte[] legacy = "£5 “cheap”".getBytes(Charset.forName("windows-1252"));
        Article article = article(concat(utf8, legacy));
        assertEquals("Café in Zürich", article.title());
        assertEquals("Price: £5 “cheap”", article.standfirst());
        assertFalse(article.standfirst().contains("\uFFFD"));
    }

    @Test
    void readsCrlfAndCrFilesLikeLfFiles() throws Exception {
        Article lf = article(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(lf, article(TEXT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(lf, article(TEXT.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void neverMakesUpReplacementCharacters() throws Exception {
        byte[] undefinedInWindows1252 = {'T', 'i', 't', 'l', 'e', ' ', (byte) 0x81, (byte) 0x8D, '\n', '\n', 'x', (byte) 0xE9};
        Article article = article(undefinedInWindows1252);
        assertFalse(article.title().contains("\uFFFD"));
        assertEquals("xé", article.standfirst());
    }

    @Test
    void reportsAFileWithNulBytesAsBinary() throws Exception {
        byte[] bytes = concat("PK\u0003\u0004 archive".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 0, 1, 2, 0, 0, 7});
        FileReadResult result = read("archive.txt", bytes);
        assertEquals("binary file (not text)", result.problems().get(0).reason());
    }

    @Test
    void reportsMostlyControlCharactersAsBinary() throws Exception {
        byte[] bytes = new byte[4000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : i % 3 == 1 ? 0x1B : 'a');
        }
        assertTrue(read("control.txt", bytes).problems().get(0).reason().startsWith("binary"));
    }
}
