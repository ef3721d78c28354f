package org.broadsheet.settings;

import java.util.Optional;

/**
 * Settings as read at start, with a one-line notice for the user when they could not be read as saved.
 */
public record LoadedSettings(Settings settings, Optional<String> notice) {
}
