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
        PageReading page = new PageReading();
        for (String rawLine : Lines.split(text)) {
            page.accept(Lines.strip(rawLine));
        }
        return page.toArticle(id);
    }

    /** The state of reading one page, line by line. */
    private final class PageReading {
        private final List<List<String>> paragraphs = new ArrayList<>();
        private final List<String> related = new ArrayList<>();
        private List<String> paragraph = new ArrayList<>();
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
                if (!title.isEmpty()) {
                    related.add(title);
                }
                endParagraph();
                return;
            }
            if (isPageFurniture(line)) {
                endParagraph();
                return;
            }
            paragraph.add(line);
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
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
                paragraph = new ArrayList<>();
            }
        }

        Optional<Article> toArticle(String id) {
            endParagraph();
            if (paragraphs.isEmpty()) {
                return Optional.empty();
            }
            List<String> texts = new ArrayList<>();
            List<String> titleParagraph = paragraphs.get(0);
            String firstLine = titleParagraph.get(0);
            String title;
            if (firstLine.length() > Paragraphs.MAX_TITLE_LENGTH) {
                title = Paragraphs.shortened(firstLine);
                texts.add(String.join("\n", titleParagraph));
            } else {
                title = firstLine;
                if (titleParagraph.size() > 1) {
                    texts.add(String.join("\n", titleParagraph.subList(1, titleParagraph.size())));
                }
            }
            for (List<String> lines : paragraphs.subList(1, paragraphs.size())) {
                texts.add(String.join("\n", lines));
            }
            String standfirst = texts.isEmpty() ? null : texts.remove(0);
            return Optional.of(new Article(id, title, standfirst, author, published, updated,
                    Paragraphs.withoutRepeatedStandfirst(standfirst, texts), related, null));
        }
    }

    private static boolean isPageFurniture(String line) {
        return line.equalsIgnoreCase("advertisement") || (line.charAt(0) == '|' && IMAGE_CREDIT.matcher(line).matches());
    }
}
