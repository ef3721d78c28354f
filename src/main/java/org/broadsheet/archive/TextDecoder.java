package org.broadsheet.archive;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text, or says why they are not text. In order:
 * <ol>
 *   <li>a byte-order mark names the encoding (UTF-8, UTF-16 LE or BE, UTF-32 LE or BE);</li>
 *   <li>NUL bytes in the pattern of English text in UTF-16 mean UTF-16 without a mark; other NUL bytes mean
 *       a binary file;</li>
 *   <li>bytes that are valid UTF-8 are UTF-8 (plain ASCII included); bytes that are mostly UTF-8 with a few
 *       stray legacy bytes (text pasted together from two sources) are UTF-8 with those bytes read as
 *       Windows-1252;</li>
 *   <li>otherwise the bytes are a legacy encoding, which juniversalchardet names (Windows-1252 and the
 *       other single-byte pages, or a CJK encoding); when it cannot, Windows-1252, in which almost every
 *       legacy Western file was saved.</li>
 * </ol>
 * Decoded text with many control characters is binary after all. A leading U+FEFF never reaches the text.
 * Stateless and thread-safe.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    /**
     * Above this share of control characters (C0 controls other than line and tab, and U+FFFD), decoded bytes
     * are not text in any encoding. C1 controls do not count: they are what Windows-1252's undefined bytes
     * become, and legacy files have them.
     */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** How much of a file the encoding detector looks at: enough to decide, without reading 16 MB twice. */
    private static final int DETECTION_SAMPLE = 64 * 1024;

    /** The text of a file, or the reason it has none. */
    sealed interface Decoding permits Text, NotText {
    }

    record Text(String text, Charset charset) implements Decoding {
    }

    record NotText(String reason) implements Decoding {
    }

    Decoding decode(byte[] bytes) {
        Optional<Decoding> marked = byByteOrderMark(bytes);
        if (marked.isPresent()) {
            return marked.get();
        }
        if (hasNul(bytes)) {
            Optional<Charset> utf16 = utf16WithoutMark(bytes);
            if (utf16.isPresent()) {
                return strictly(utf16.get(), bytes, 0).map(text -> checked(text, utf16.get()))
                        .orElseGet(() -> new NotText("binary file (not text)"));
            }
            return new NotText("binary file (not text)");
        }
        Utf8Count utf8 = Utf8Count.of(bytes, 0);
        if (utf8.invalidBytes() == 0 || utf8.mostlyUtf8()) {
            return checked(utf8WithStrayBytes(bytes, 0), StandardCharsets.UTF_8);
        }
        Charset legacy = detectedLegacyCharset(bytes).orElse(WINDOWS_1252);
        Optional<String> decoded = strictly(legacy, bytes, 0);
        if (decoded.isPresent()) {
            return checked(decoded.get(), legacy);
        }
        return checked(windows1252(bytes), WINDOWS_1252);
    }

    private static Optional<Decoding> byByteOrderMark(byte[] bytes) {
        Charset charset = null;
        int skip = 0;
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = UTF_32BE;
            skip = 4;
        } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = UTF_32LE;
            skip = 4;
        } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(checked(utf8WithStrayBytes(bytes, 3), StandardCharsets.UTF_8));
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        if (charset == null) {
            return Optional.empty();
        }
        Charset named = charset;
        return Optional.of(strictly(charset, bytes, skip)
                .map(text -> checked(text, named))
                .orElseGet(() -> new NotText("not valid " + named.name() + " text, although it starts like it")));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> strictly(Charset charset, byte[] bytes, int skip) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** How many well-formed multi-byte sequences and how many stray bytes UTF-8 decoding would meet. */
    private record Utf8Count(int multiByteSequences, int invalidBytes) {

        /**
         * Legacy text almost never holds a well-formed UTF-8 sequence by accident, while each of its accented
         * letters is a stray byte; so a few real sequences outweigh several stray bytes.
         */
        boolean mostlyUtf8() {
            return multiByteSequences > 0 && invalidBytes <= multiByteSequences * 4;
        }

        static Utf8Count of(byte[] bytes, int from) {
            int sequences = 0;
            int invalid = 0;
            int i = from;
            while (i < bytes.length) {
                int length = sequenceLength(bytes, i);
                if (length == 0) {
                    invalid++;
                    i++;
                } else {
                    sequences += length > 1 ? 1 : 0;
                    i += length;
                }
            }
            return new Utf8Count(sequences, invalid);
        }
    }

    /** The length of the well-formed UTF-8 sequence at {@code i}, or 0 when the byte there starts none. */
    private static int sequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        if (lead < 0x80) {
            return 1;
        }
        int length;
        int min;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int codePoint = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int next = bytes[i + k] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                return 0;
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        boolean surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        return codePoint < min || codePoint > 0x10FFFF || surrogate ? 0 : length;
    }

    /** UTF-8, with any byte that starts no well-formed sequence read as Windows-1252 instead of dropped. */
    private static String utf8WithStrayBytes(byte[] bytes, int from) {
        StringBuilder text = new StringBuilder(bytes.length);
        int i = from;
        int run = from;
        while (i < bytes.length) {
            int length = sequenceLength(bytes, i);
            if (length > 0) {
                i += length;
                continue;
            }
            text.append(new String(bytes, run, i - run, StandardCharsets.UTF_8));
            text.append(windows1252(new byte[] {bytes[i]}));
            i++;
            run = i;
        }
        text.append(new String(bytes, run, bytes.length - run, StandardCharsets.UTF_8));
        return text.toString();
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Text in UTF-16 that is mostly Latin has a NUL in every other byte, on the same side throughout. */
    private static Optional<Charset> utf16WithoutMark(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        int nulEven = 0;
        int nulOdd = 0;
        int sample = Math.min(bytes.length, DETECTION_SAMPLE);
        for (int i = 0; i + 1 < sample; i += 2) {
            nulEven += bytes[i] == 0 ? 1 : 0;
            nulOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        if (nulOdd > pairs * 0.7 && nulEven < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (nulEven > pairs * 0.7 && nulOdd < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> detectedLegacyCharset(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector(null);
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECTION_SAMPLE));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(name);
            // Bytes that failed as UTF-8 are not UTF-8, whatever the detector guesses.
            return charset.equals(StandardCharsets.UTF_8) ? Optional.empty() : Optional.of(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /**
     * Windows-1252 leaves five byte values undefined; Java would make them U+FFFD. They are read as the
     * Latin-1 characters of the same value instead, so no replacement character is ever made up.
     */
    private static String windows1252(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        String decoded = new String(bytes, WINDOWS_1252);
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            text.append(c == '\uFFFD' ? (char) (bytes[i] & 0xFF) : c);
        }
        return text.toString();
    }

    private static Decoding checked(String text, Charset charset) {
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (looksBinary(withoutMark)) {
            return new NotText("binary file (not text)");
        }
        return new Text(withoutMark, charset);
    }

    private static boolean looksBinary(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c == 0x7F || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                control++;
            }
        }
        return control > text.length() * MAX_CONTROL_SHARE;
    }
}
