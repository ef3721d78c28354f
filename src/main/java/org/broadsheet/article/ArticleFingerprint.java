package org.broadsheet.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of what an article says (title, standfirst, paragraphs), the same wherever its file lies and
 * however its lines are wrapped or spaced: how a mark finds its article again after the file was moved or
 * renamed, and how exact copies of one article are recognised.
 */
public final class ArticleFingerprint {

    private ArticleFingerprint() {
    }

    /** 32 hexadecimal digits: the first 128 bits of a SHA-256 of the article's words. */
    public static String of(Article article) {
        MessageDigest digest = sha256();
        update(digest, article.title());
        if (article.standfirst() != null) {
            update(digest, article.standfirst());
        }
        for (String paragraph : article.paragraphs()) {
            update(digest, paragraph);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** Each text with its runs of white space made one space, then a separator that no text holds. */
    private static void update(MessageDigest digest, String text) {
        StringBuilder words = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !words.isEmpty();
            } else {
                if (space) {
                    words.append(' ');
                    space = false;
                }
                words.append(c);
            }
        }
        digest.update(words.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
