package org.broadsheet.article;

import java.util.HexFormat;

/**
 * A digest of what an article says (title, standfirst, paragraphs), the same wherever its file lies and
 * however its lines are wrapped or spaced: how a mark finds its article again after the file was moved or
 * renamed, and how exact copies of one article are recognised. 128 bits from two independent 64-bit hashes:
 * an accidental match between two different articles is as likely as a meteor strike on the machine, and
 * it costs a few nanoseconds a character, which an ingest of a million articles feels.
 */
public final class ArticleFingerprint {

    private ArticleFingerprint() {
    }

    /** 32 hexadecimal digits. */
    public static String of(Article article) {
        Digest digest = new Digest();
        digest.text(article.title());
        if (article.standfirst() != null) {
            digest.text(article.standfirst());
        }
        for (String paragraph : article.paragraphs()) {
            digest.text(paragraph);
        }
        return digest.hex();
    }

    /** Two hashes fed the same characters: each text with its runs of white space made one space. */
    private static final class Digest {
        private long first = 0x9E3779B97F4A7C15L;
        private long second = 0xC2B2AE3D27D4EB4FL;

        void text(String text) {
            boolean space = false;
            boolean started = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c <= ' ' || c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                    space = started;
                    continue;
                }
                if (space) {
                    add(' ');
                    space = false;
                }
                add(c);
                started = true;
            }
            // A separator no text holds, so that moving words between texts changes the digest.
            add('\uFFFF');
        }

        private void add(char c) {
            first = (first ^ c) * 0x100000001B3L;
            second = Long.rotateLeft(second ^ (c * 0xFF51AFD7ED558CCDL), 27) * 0x9E3779B97F4A7C15L;
        }

        String hex() {
            HexFormat hex = HexFormat.of();
            return hex.toHexDigits(mix(first ^ Long.rotateLeft(second, 32))) + hex.toHexDigits(mix(second ^ first));
        }

        private static long mix(long value) {
            long x = value;
            x ^= x >>> 33;
            x *= 0xff51afd7ed558ccdL;
            x ^= x >>> 33;
            x *= 0xc4ceb9fe1a85ec53L;
            x ^= x >>> 33;
            return x;
        }
    }
}
