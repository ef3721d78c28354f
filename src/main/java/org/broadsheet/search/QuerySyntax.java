package org.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the surface of a query before Lucene's parser does: it finds the mistakes people make (an unclosed
 * quote or bracket, a leading wildcard, a dangling operator) and names them in words, because the parser's
 * own messages are about tokens and columns. Stateless.
 */
final class QuerySyntax {

    static final String LEADING_WILDCARD =
            "A word can't start with * or ?: put at least one letter first, as in sanc*.";
    static final String UNCLOSED_QUOTE = "A quote is not closed: add the closing \".";
    static final String UNOPENED_BRACKET = "There is a ) without a matching (.";
    static final String UNCLOSED_BRACKET = "A ( is not closed: add the closing ).";
    static final String DANGLING_OPERATOR = "AND, OR and NOT need a word on each side, as in navalny AND putin.";
    static final String LONE_SIGN = "A - or + goes right before a word, as in -sport.";
    static final String TRAILING_ESCAPE = "A \\ at the end escapes nothing: remove it.";

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");
    private static final Set<String> BINARY_OPERATORS = Set.of("AND", "OR", "&&", "||");
    /** Shorter prefixes match so many words that they say nothing about what the user wants. */
    private static final int MIN_TYPED_PREFIX = 2;

    private QuerySyntax() {
    }

    static Optional<String> explainProblem(String text) {
        boolean inQuote = false;
        int depth = 0;
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i + 1 == text.length()) {
                    return Optional.of(TRAILING_ESCAPE);
                }
                token.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                inQuote = !inQuote;
                token.append(c);
                continue;
            }
            if (inQuote) {
                token.append(c);
                continue;
            }
            if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                endToken(token, tokens);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth < 0) {
                    return Optional.of(UNOPENED_BRACKET);
                }
                continue;
            }
            token.append(c);
        }
        endToken(token, tokens);
        if (inQuote) {
            return Optional.of(UNCLOSED_QUOTE);
        }
        if (depth > 0) {
            return Optional.of(UNCLOSED_BRACKET);
        }
        return explainTokens(tokens);
    }

    private static void endToken(StringBuilder token, List<String> tokens) {
        if (!token.isEmpty()) {
            tokens.add(token.toString());
            token.setLength(0);
        }
    }

    private static Optional<String> explainTokens(List<String> tokens) {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        if (BINARY_OPERATORS.contains(tokens.get(0)) || OPERATORS.contains(tokens.get(tokens.size() - 1))) {
            return Optional.of(DANGLING_OPERATOR);
        }
        for (String token : tokens) {
            if (token.equals("-") || token.equals("+") || token.equals("!")) {
                return Optional.of(LONE_SIGN);
            }
            String word = token.replaceFirst("^[-+!]?(?:[\\p{L}\\p{N}_]+:)?", "");
            if (word.startsWith("*") || word.startsWith("?")) {
                return Optional.of(LEADING_WILDCARD);
            }
        }
        return Optional.empty();
    }

    /**
     * The query with its last word, while still being typed, matching as a prefix too: {@code navalny sanc}
     * becomes {@code navalny (sanc OR sanc*)}. A query that ends in a space, a quote or anything but a plain
     * word is left as it is.
     */
    static String withLastWordAsPrefix(String text) {
        int end = text.length();
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        if (end - start < MIN_TYPED_PREFIX || hasOpenQuote(text, start)) {
            return text;
        }
        if (start > 0 && "\\\"'*?~^.".indexOf(text.charAt(start - 1)) >= 0) {
            return text;
        }
        if (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && "(-+!:".indexOf(text.charAt(start - 1)) < 0) {
            return text;
        }
        String word = text.substring(start);
        if (OPERATORS.contains(word.toUpperCase(Locale.ROOT)) && word.equals(word.toUpperCase(Locale.ROOT))) {
            return text;
        }
        return text.substring(0, start) + "(" + word + " OR " + word + "*)";
    }

    private static boolean hasOpenQuote(String text, int before) {
        boolean open = false;
        for (int i = 0; i < before; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                open = !open;
            }
        }
        return open;
    }
}
