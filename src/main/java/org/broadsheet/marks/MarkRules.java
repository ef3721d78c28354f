package org.broadsheet.marks;

import java.text.Normalizer;
import java.util.Locale;

/** What a tag, a note and a saved search's name may be, with what to tell a user whose input is not. */
public final class MarkRules {

    public static final int MAX_TAG_LENGTH = 100;
    public static final int MAX_NOTE_LENGTH = 1_000_000;
    public static final int MAX_NAME_LENGTH = 100;

    private MarkRules() {
    }

    /** The tag as it is kept: without surrounding space, accents composed. */
    public static String tag(String typed) throws MarkException {
        String tag = Normalizer.normalize(typed == null ? "" : typed.strip(), Normalizer.Form.NFC);
        if (tag.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new MarkException("A tag needs at least one letter or digit.");
        }
        if (tag.codePoints().anyMatch(Character::isISOControl)) {
            throw new MarkException("A tag can't contain line breaks or tabs.");
        }
        int length = tag.codePointCount(0, tag.length());
        if (length > MAX_TAG_LENGTH) {
            throw new MarkException("A tag can have at most " + MAX_TAG_LENGTH + " characters; this one has "
                    + count(length) + ".");
        }
        return tag;
    }

    public static String note(String typed) throws MarkException {
        String note = typed == null ? "" : typed;
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new MarkException("A note can have at most " + count(MAX_NOTE_LENGTH) + " characters; this one has "
                    + count(note.length()) + ".");
        }
        return note;
    }

    public static String searchName(String typed) throws MarkException {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            throw new MarkException("A saved search needs a name.");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new MarkException("A saved search's name can't contain line breaks or tabs.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new MarkException("A saved search's name can have at most " + MAX_NAME_LENGTH + " characters.");
        }
        return name;
    }

    private static String count(int number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
