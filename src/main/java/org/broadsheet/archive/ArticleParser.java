package org.broadsheet.archive;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.article.Article;

/**
 * Reads the text of one scraped article page into an {@link Article}. The rules are in
 * {@code docs/article-format.md}; in short: date lines anywhere, the first other line is the title, the next
 * paragraph the standfirst, the rest the body, with page furniture (image credits, advertisements) and
 * related-article links kept out of the text. Stateless and thread-safe.
 */
public final class ArticleParser {

    private static final Pattern REPORTED_BY = Pattern.compile("reported\\s+by\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_CREDIT = Pattern.compile("\\|\\s*image\\s*:.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATED_LINK = Pattern.compile("READ\\s*\\|(.*)");
    /** The first letters of the date lines' keywords: Published, Posted, Updated, First…, Last…, Modified. */
    private static final String DATE_KEYWORD_LETTERS = "puflm";

    private final DateLineParser dateLines = new DateLineParser();

    /**
     * @param id   the article's id (see {@link Article#id()})
     * @param text the decoded file contents
     * @return the article, or empty when the text holds nothing but blank lines, dates and page furniture
     */
    public Optional<Article> parse(String id, String text) {
        return read(id, text).map(ParsedArticle::article);
    }

    /** An article, with notes on what of it was folded or cut to stay within {@link ArticleLimits}. */
    record ParsedArticle(Article article, List<String> notes) {
    }

    /** As {@link #parse}, with the notes. */
    Optional<ParsedArticle> read(String id, String text) {
        PageReading page = new PageReading();
        Lines.forEach(text, rawLine -> page.accept(Lines.strip(rawLine)));
        return page.toArticle(id);
    }

    /** The state of reading one page, line by line. */
    private final class PageReading {
        /** The first line of the first paragraph, which is the title, and the lines after it. */
        private String titleLine;
        private final ParagraphCollector rest = new ParagraphCollector();
        private final List<String> related = new ArrayList<>();
        /** The paragraph being read: its first line, and all its lines; never a list of lines, which could be millions. */
        private String paragraphFirstLine;
        private final StringBuilder paragraph = new StringBuilder();
        private String author;
        private OffsetDateTime published;
        private OffsetDateTime updated;

        void accept(String line) {
            if (line.isEmpty()) {
                endParagraph();
                return;
            }
            // Cheap first-letter checks keep the patterns off the body lines, which are most lines.
            char first = Character.toLowerCase(line.charAt(0));
            Optional<DateLine> dateLine = DATE_KEYWORD_LETTERS.indexOf(first) >= 0 ? dateLines.recognise(line)
                    : Optional.empty();
            if (dateLine.isPresent()) {
                keepFirstDate(dateLine.get());
                endParagraph();
                return;
            }
            Matcher reportedBy = first == 'r' ? REPORTED_BY.matcher(line) : null;
            if (reportedBy != null && reportedBy.matches()) {
                String name = Lines.strip(reportedBy.group(1));
                if (author == null && !name.isEmpty()) {
                    author = name;
                }
                endParagraph();
                return;
            }
            Matcher relatedLink = line.startsWith("READ") ? RELATED_LINK.matcher(line) : null;
            if (relatedLink != null && relatedLink.matches()) {
                String title = Lines.strip(relatedLink.group(1));
                if (!title.isEmpty() && related.size() < ArticleLimits.MAX_PARAGRAPHS) {
                    related.add(title.length() > Paragraphs.MAX_TITLE_LENGTH ? Paragraphs.shortened(title) : title);
                }
                endParagraph();
                return;
            }
            if (isPageFurniture(line)) {
                endParagraph();
                return;
            }
            if (paragraphFirstLine == null) {
                paragraphFirstLine = line;
            } else {
                paragraph.append('\n');
            }
            paragraph.append(line);
        }

        private void keepFirstDate(DateLine line) {
            OffsetDateTime date = line.date().orElse(null);
            if (line.kind() == DateLine.Kind.PUBLISHED && published == null) {
                published = date;
            } else if (line.kind() == DateLine.Kind.UPDATED && updated == null) {
                updated = date;
            }
        }

        private void endParagraph() {
            if (paragraphFirstLine == null) {
                return;
            }
            if (titleLine == null) {
                titleLine = paragraphFirstLine;
                if (titleLine.length() > Paragraphs.MAX_TITLE_LENGTH) {
                    // Not a headline but text: the whole paragraph stays text.
                    rest.add(paragraph.toString());
                } else if (paragraph.length() > titleLine.length()) {
                    rest.add(paragraph.substring(titleLine.length() + 1));
                }
            } else {
                rest.add(paragraph.toString());
            }
            paragraphFirstLine = null;
            paragraph.setLength(0);
        }

        Optional<ParsedArticle> toArticle(String id) {
            endParagraph();
            if (titleLine == null) {
                return Optional.empty();
            }
            String title = titleLine.length() > Paragraphs.MAX_TITLE_LENGTH ? Paragraphs.shortened(titleLine) : titleLine;
            List<String> texts = rest.paragraphs();
            String standfirst = texts.isEmpty() ? null : texts.remove(0);
            Article article = new Article(id, title, standfirst, author == null ? null : Paragraphs.byline(author),
                    published, updated, Paragraphs.withoutFirstRepeating(standfirst, texts), related, null);
            return Optional.of(new ParsedArticle(article, rest.note().map(List::of).orElse(List.of())));
        }
    }

    private static boolean isPageFurniture(String line) {
        return line.equalsIgnoreCase("advertisement") || (line.charAt(0) == '|' && IMAGE_CREDIT.matcher(line).matches());
    }
}
