package org.broadsheet.settings;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.broadsheet.platform.IoFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link Settings} as {@code settings.json} in a folder (the user's configuration folder). Writes go to
 * a temporary file that then replaces the old one in one step, so a crash never leaves half a file. A file
 * that cannot be read as settings is set aside, not overwritten, and defaults are used. Thread-safe.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    static final String FILE_NAME = "settings.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Path folder;

    public SettingsStore(Path folder) {
        this.folder = folder;
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** The saved settings, or defaults; never fails. */
    public synchronized LoadedSettings load() {
        Path file = file();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new LoadedSettings(Settings.defaults(), Optional.empty());
        } catch (IOException e) {
            LOG.warn("Cannot read {}", file, e);
            return new LoadedSettings(Settings.defaults(),
                    Optional.of("Your settings could not be read (" + IoFailures.describe(e) + "); defaults are used."));
        }
        try {
            Settings settings = MAPPER.readValue(bytes, Settings.class);
            if (settings == null) {
                throw new IOException("the file holds no settings");
            }
            return new LoadedSettings(settings, Optional.empty());
        } catch (IOException damaged) {
            return new LoadedSettings(Settings.defaults(), Optional.of(setAside(file, damaged)));
        }
    }

    private String setAside(Path file, Exception damage) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(FILE_NAME + ".damaged-" + stamp);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            LOG.warn("Set aside damaged settings as {}: {}", aside, damage.getMessage());
            return "Your settings file was damaged; it was set aside as " + aside.getFileName()
                    + " and defaults are used.";
        } catch (IOException e) {
            LOG.warn("Cannot set aside damaged settings {}", file, e);
            return "Your settings file is damaged and could not be set aside; defaults are used.";
        }
    }

    /** Saves the settings, replacing the file in one step. */
    public synchronized void save(Settings settings) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, FILE_NAME, ".tmp");
        try {
            Files.write(temporary, MAPPER.writeValueAsBytes(settings));
            try {
                Files.move(temporary, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file(), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
