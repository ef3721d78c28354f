package org.broadsheet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.broadsheet.search.SearchHit;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes article files into a folder the way scrapers leave them, for tests that need a real archive. */
public final class TestArchive {

    public static final Path SEEDS = Path.of("seeds");

    private final Path folder;

    private TestArchive(Path folder) {
        this.folder = folder;
    }

    public static TestArchive in(Path folder) {
        return new TestArchive(folder);
    }

    /** A copy of the sample archive's two articles. */
    public TestArchive withSeeds() {
        try (var seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, folder.resolve(seed.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** An article in the seed format, published at {@code published} as printed (e.g. "March 3rd, 2021 at 21:14 IST"). */
    public TestArchive article(String relativePath, String published, String title, String standfirst,
                               String... paragraphs) {
        StringBuilder text = new StringBuilder();
        if (published != null) {
            text.append("Updated ").append(published).append("\n\n");
        }
        text.append(title).append("\n\n").append(standfirst).append("\n\n");
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
        }
        text.append("Advertisement\n\n");
        if (published != null) {
            text.append("Published ").append(published);
        }
        return file(relativePath, text.toString());
    }

    public TestArchive file(String relativePath, String text) {
        return bytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A gzipped web archive of {@code pages} pages of a harbour's diary, page {@code i} at
     * {@code https://example.com/diary/i} saying "berth i": more pages than one part of a web archive holds.
     */
    public TestArchive harbourDiary(String relativePath, int pages) {
        Path warc = folder.resolve(relativePath);
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < pages; i++) {
                byte[] html = ("<html><head><title>Harbour diary " + i + "</title></head><body><article><p>"
                        + "Ships came in and cranes unloaded them at berth " + i + ", the harbour master said.</p>"
                        + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html).build();
                writer.write(new WarcResponse.Builder("https://example.com/diary/" + i).body(http).build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestArchive bytes(String relativePath, byte[] content) {
        try {
            Path file = folder.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path folder() {
        return folder;
    }

    public static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }
}
