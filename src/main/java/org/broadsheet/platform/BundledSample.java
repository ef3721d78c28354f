package org.broadsheet.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample archive that ships with Broadsheet: the project's {@code seeds/}, packed as resources. Run from
 * the build's class folder it is that folder; run from the jar it is copied once into the cache folder, so
 * that it is a real folder that the archive code reads like any other.
 */
public final class BundledSample {

    private static final String RESOURCE = "/org/broadsheet/sample";

    private BundledSample() {
    }

    /** The sample archive's folder. */
    public static Path folder() throws IOException {
        URL url = BundledSample.class.getResource(RESOURCE);
        if (url == null) {
            throw new IOException("the bundled sample archive is missing from this build");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the bundled sample archive: " + url, e);
        }
        if ("file".equals(uri.getScheme())) {
            return Path.of(uri);
        }
        return copiedFromJar(uri);
    }

    private static Path copiedFromJar(URI uri) throws IOException {
        Path target = AppDirectories.cache().resolve("sample-archive");
        try (FileSystem jar = jarFileSystem(uri)) {
            Path source = jar.getPath(RESOURCE);
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    copyIfDifferent(file, target.resolve(file.getFileName().toString()));
                }
            }
        }
        return target;
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new IOException("the application jar is already open elsewhere in this process", e);
        }
    }

    /** Copies through a temporary file and a move, so a second process never reads half a file. */
    private static void copyIfDifferent(Path source, Path target) throws IOException {
        byte[] content = Files.readAllBytes(source);
        if (Files.isRegularFile(target) && Arrays.equals(content, Files.readAllBytes(target))) {
            return;
        }
        Path temporary = Files.createTempFile(target.getParent(), ".sample", ".tmp");
        try {
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
