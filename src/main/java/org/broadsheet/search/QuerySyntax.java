package org.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    static final String REGULAR_EXPRESSION = "Regular expressions are not supported: put text with / in quotes.";
    static final String EMPTY_BRACKETS = "The brackets are empty: put words inside them, as in (kerala OR assam).";
    static final String LONE_BOOST = "A ^ needs a number after it, as in navalny^2.";

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
                if (c == ')' && token.isEmpty() && lastNonSpace(text, i) == '(') {
                    return Optional.of(EMPTY_BRACKETS);
                }
                if (c == ')' && token.toString().endsWith(":")) {
                    return Optional.of(fieldNeedsAWord(token.toString()));
                }
                if (c == '(' && token.toString().endsWith(":")) {
                    token.setLength(0); // a field before a group, as in title:(a OR b)
                }
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

    private static char lastNonSpace(String text, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /** Whether a token is one of the fields and nothing else: {@code title:}, {@code -author:}. */
    private static boolean isKnownField(String token) {
        String field = token.replaceFirst("^[-+!]", "").toLowerCase(Locale.ROOT);
        return field.endsWith(":") && EXAMPLES.containsKey(field.substring(0, field.length() - 1));
    }

    /** What each field takes, for the message when nothing follows it. */
    private static final Map<String, String> EXAMPLES = Map.of(
            ArticleQueryParser.TITLE, "sanctions", ArticleQueryParser.AUTHOR, "pandya", ArticleQueryParser.SOURCE, "reuters",
            ArticleQueryParser.TAG, "kerala", ArticleQueryParser.IS, "starred", ArticleQueryParser.HAS, "note",
            ArticleQueryParser.NOTE, "source", ArticleQueryParser.VERSIONS, "\"2021/kerala-floods\"");

    /** {@code title: needs a word after it, as in title:sanctions.} */
    private static String fieldNeedsAWord(String token) {
        String field = token.replaceFirst("^[-+!]", "");
        String name = field.substring(0, field.length() - 1).toLowerCase(Locale.ROOT);
        return field + " needs a word after it, as in " + field + EXAMPLES.get(name) + ".";
    }

    /** Fields whose value is one of a few words, or whole words only: never completed as a prefix while typing. */
    private static final Set<String> WHOLE_WORD_FIELDS = Set.of(ArticleQueryParser.IS, ArticleQueryParser.HAS,
            ArticleQueryParser.NOTE, ArticleQueryParser.VERSIONS);

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
        for (int at = 0; at < tokens.size(); at++) {
            String token = tokens.get(at);
            if (token.equals("-") || token.equals("+") || token.equals("!")) {
                return Optional.of(LONE_SIGN);
            }
            boolean lastOrBeforeOperator = at + 1 == tokens.size() || OPERATORS.contains(tokens.get(at + 1));
            if (isKnownField(token) && lastOrBeforeOperator) {
                return Optional.of(fieldNeedsAWord(token));
            }
            String word = token.replaceFirst("^[-+!]?(?:[\\p{L}\\p{N}_]+:)?", "");
            if (word.startsWith("*") || word.startsWith("?")) {
                return Optional.of(LEADING_WILDCARD);
            }
            boolean unknownField = !word.equals(token.replaceFirst("^[-+!]", "")) && !isKnownField(
                    token.substring(0, token.length() - word.length()));
            if (word.startsWith("/") && !unknownField) {
                return Optional.of(REGULAR_EXPRESSION);
            }
            if (word.matches(".*[^\\\\]\\^") || word.matches(".*\\^[^0-9.].*")) {
                return Optional.of(LONE_BOOST);
            }
        }
        return Optional.empty();
    }

    /**
     * The query with what people write that the classic syntax reads otherwise made plain: a {@code /} or a
     * second {@code :} inside a word ({@code 10/20}, {@code 9:30}) is an ordinary character, and a fuzzy word
     * without a number ({@code oil~}) allows as many letters' difference as its length suits: none up to two
     * letters, one up to five, two beyond. Quoted text is left as it is.
     */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        StringBuilder token = new StringBuilder();
        boolean inQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                (inQuote ? out : token).append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                out.append(plainToken(token.toString()));
                token.setLength(0);
                inQuote = !inQuote;
                out.append(c);
                continue;
            }
            if (inQuote) {
                out.append(c);
            } else if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                out.append(plainToken(token.toString())).append(c);
                token.setLength(0);
            } else {
                token.append(c);
            }
        }
        return out.append(plainToken(token.toString())).toString();
    }

    private static String plainToken(String token) {
        if (token.isEmpty()) {
            return token;
        }
        int wordStart = 0;
        if ("-+!".indexOf(token.charAt(0)) >= 0) {
            wordStart = 1;
        }
        int colon = token.indexOf(':', wordStart);
        if (colon > wordStart && token.substring(wordStart, colon).matches("[\\p{L}\\p{N}_]+")
                && isKnownField(token.substring(0, colon + 1))) {
            wordStart = colon + 1;
        }
        StringBuilder plain = new StringBuilder(token.substring(0, wordStart));
        for (int i = wordStart; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '\\' && i + 1 < token.length()) {
                plain.append(c).append(token.charAt(++i));
            } else if ((c == '/' && (i > wordStart || wordStart == 0 && i > 0)) || c == ':') {
                plain.append('\\').append(c);
            } else {
                plain.append(c);
            }
        }
        if (wordStart == token.length() && wordStart > 0 && token.charAt(wordStart - 1) == ':' && !isKnownField(token)) {
            // A word and a colon at the end ("Update:"), not a field: the colon is punctuation.
            return token.substring(0, wordStart - 1) + "\\:";
        }
        if (plain.length() > wordStart + 1 && plain.charAt(plain.length() - 1) == '~'
                && plain.charAt(plain.length() - 2) != '\\') {
            int letters = plain.substring(wordStart, plain.length() - 1).codePointCount(0, plain.length() - 1 - wordStart);
            plain.append(letters <= 2 ? 0 : letters <= 5 ? 1 : 2);
        }
        return plain.toString();
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
        if (start > 0 && text.charAt(start - 1) == ':' && WHOLE_WORD_FIELDS.contains(fieldBefore(text, start - 1))) {
            return text;
        }
        String word = text.substring(start);
        if (OPERATORS.contains(word.toUpperCase(Locale.ROOT)) && word.equals(word.toUpperCase(Locale.ROOT))) {
            return text;
        }
        return text.substring(0, start) + "(" + word + " OR " + word + "*)";
    }

    /** The field name that ends at the colon at {@code colon}, in lower case. */
    private static String fieldBefore(String text, int colon) {
        int start = colon;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, colon).toLowerCase(Locale.ROOT);
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
