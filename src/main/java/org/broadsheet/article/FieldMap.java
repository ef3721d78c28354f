package org.broadsheet.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which field of a JSON record holds which part of an article, for records of a shape Broadsheet does not
 * know: a named field is read before the names Broadsheet knows for that part. Written as
 * {@code text=maintext,published=date_publish}; field names are a record's own keys, compared ignoring case.
 *
 * @param fields the field named for each part that has one
 */
public record FieldMap(Map<Part, String> fields) {

    /** The parts of an article a field can hold. */
    public enum Part {
        TITLE, TEXT, HTML, STANDFIRST, AUTHOR, PUBLISHED, UPDATED, URL, SOURCE;

        /** How the part is written in a map: {@code text}, {@code published}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Part> named(String key) {
            return Arrays.stream(values()).filter(part -> part.key().equals(key.strip().toLowerCase(Locale.ROOT)))
                    .findFirst();
        }
    }

    /** A field map that names nothing: records are read by the names Broadsheet knows. */
    public static final FieldMap NONE = new FieldMap(Map.of());

    /** Why a written field map cannot be used, in words for the user. */
    public static final class InvalidFieldMapException extends Exception {
        InvalidFieldMapException(String message) {
            super(message);
        }
    }

    public FieldMap {
        EnumMap<Part, String> copy = new EnumMap<>(Part.class);
        fields.forEach((part, field) -> copy.put(part, field.strip().toLowerCase(Locale.ROOT)));
        fields = Collections.unmodifiableMap(copy);
    }

    /** A map written as {@code part=field} pairs separated by commas; blank is {@link #NONE}. */
    public static FieldMap parse(String written) throws InvalidFieldMapException {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (written.isBlank()) {
            return NONE;
        }
        for (String pair : written.split(",", -1)) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new InvalidFieldMapException("\u201C" + pair.strip() + "\u201D is not part=field, as in "
                        + "text=maintext,published=date_publish");
            }
            String part = pair.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            if (pairs.put(part, pair.substring(equals + 1)) != null) {
                throw new InvalidFieldMapException(part + " is named twice");
            }
        }
        return of(pairs);
    }

    /** A map as the settings keep it: part to field, as in {@code {"text": "maintext"}}. */
    public static FieldMap of(Map<String, String> byPart) throws InvalidFieldMapException {
        Map<Part, String> fields = new EnumMap<>(Part.class);
        for (Map.Entry<String, String> entry : byPart.entrySet()) {
            String key = entry.getKey() == null ? "" : entry.getKey();
            Part part = Part.named(key).orElseThrow(() -> new InvalidFieldMapException("\u201C" + key.strip()
                    + "\u201D is not a part of an article; the parts are " + partNames()));
            String field = entry.getValue() == null ? "" : entry.getValue().strip();
            if (field.isEmpty()) {
                throw new InvalidFieldMapException(part.key() + " needs the name of a field");
            }
            fields.put(part, field);
        }
        return new FieldMap(fields);
    }

    private static String partNames() {
        return Arrays.stream(Part.values()).map(Part::key).collect(Collectors.joining(", "));
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The map as {@link #parse} reads it, parts in their order: the same map is always written the same. */
    public String written() {
        return fields.entrySet().stream().map(entry -> entry.getKey().key() + "=" + entry.getValue())
                .collect(Collectors.joining(","));
    }

    /**
     * The field names to try for a part, in order: the one this map names, then {@code known}.
     *
     * @param known the names Broadsheet knows for the part, in lower case
     */
    public List<String> names(Part part, List<String> known) {
        String named = fields.get(part);
        if (named == null) {
            return known;
        }
        List<String> names = new ArrayList<>();
        names.add(named);
        known.stream().filter(name -> !name.equals(named)).forEach(names::add);
        return List.copyOf(names);
    }
}
