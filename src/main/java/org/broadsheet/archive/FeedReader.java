package org.broadsheet.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.broadsheet.article.Article;
import org.broadsheet.article.Problem;
import org.broadsheet.platform.IoFailures;

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom file with ROME: each item an article, its body from
 * {@code content:encoded} or the entry's content, else its description, through {@link HtmlText}. A feed with a
 * DOCTYPE is refused, so no entity of it can make Broadsheet read another file or a URL, nor expand a few bytes
 * into gigabytes. Each date keeps the offset the feed wrote it with ({@link FeedDates}). Thread-safe.
 */
final class FeedReader {

    private final FeedDates feedDates = new FeedDates();

    FileReadResult read(ArchiveFile file, byte[] bytes) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            // XmlReader reads the encoding the feed declares, as a feed reader must.
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            return FileReadResult.problem(file.relativePath(), reasonFor(e));
        } catch (IOException e) {
            return FileReadResult.problem(file.relativePath(), "cannot be read (" + IoFailures.describe(e) + ")");
        }
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<List<OffsetDateTime>> written = feedDates.of(bytes);
        if (written.size() != feed.getEntries().size()) {
            // Not the items ROME found: no date is taken from the wrong one.
            written = List.of();
        }
        int position = 0;
        for (SyndEntry entry : feed.getEntries()) {
            position++;
            if (position > ArticleLimits.MAX_JSON_VALUES) {
                problems.add(new Problem(file.relativePath(), "read, but only its first "
                        + ArticleLimits.count(ArticleLimits.MAX_JSON_VALUES) + " items: "
                        + ArticleLimits.count(feed.getEntries().size() - ArticleLimits.MAX_JSON_VALUES) + " more were left out"));
                break;
            }
            Optional<Article> article = article(file.articleId() + "#" + position, entry, feed.getTitle(),
                    written.isEmpty() ? List.of() : written.get(position - 1));
            if (article.isPresent()) {
                articles.add(article.get());
            } else {
                problems.add(new Problem(file.relativePath() + "#" + position, "no title or text"));
            }
        }
        if (articles.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(file.relativePath(), "a feed without items"));
        }
        return new FileReadResult(articles, problems);
    }

    /** Why a file is not a feed, in words: the parser's own message is for the log, not for a reader. */
    private static String reasonFor(Exception failure) {
        String said = Objects.requireNonNullElse(failure.getMessage(), "")
                + Optional.ofNullable(failure.getCause()).map(Throwable::getMessage).orElse("");
        if (said.contains("DOCTYPE") || said.contains("DTD")) {
            return "a feed with a DOCTYPE is refused: its entities could read other files";
        }
        if (said.contains("Invalid XML") || said.contains("not well-formed") || said.contains("must be")
                || said.contains("Premature end") || said.contains("Content is not allowed")) {
            return "not well-formed XML";
        }
        return "not an RSS or Atom feed";
    }

    /**
     * @param feedTitle the feed's own title: the outlet its items come from
     * @param dates     the item's dates as the feed writes them, with their offsets
     */
    private static Optional<Article> article(String id, SyndEntry entry, String feedTitle,
                                             List<OffsetDateTime> dates) {
        String body = entry.getContents().stream().map(FeedReader::textOf).filter(text -> !text.isEmpty())
                .findFirst().orElse("");
        String description = entry.getDescription() == null ? "" : textOf(entry.getDescription());
        String standfirst = null;
        if (body.isEmpty()) {
            body = description;
        } else if (!description.isEmpty()) {
            standfirst = Paragraphs.oneParagraph(description);
        }
        List<String> paragraphs = Paragraphs.of(body);
        String title = Lines.strip(Objects.requireNonNullElse(entry.getTitle(), ""));
        String headline;
        if (!title.isEmpty()) {
            headline = Paragraphs.headlineFrom(HtmlText.of(title));
        } else if (!paragraphs.isEmpty()) {
            headline = Paragraphs.headlineFrom(paragraphs.get(0));
        } else {
            return Optional.empty();
        }
        String link = link(entry);
        return Optional.of(new Article(id, headline, standfirst, author(entry).map(Paragraphs::byline).orElse(null),
                FeedDates.at(entry.getPublishedDate(), dates), FeedDates.at(entry.getUpdatedDate(), dates),
                Paragraphs.withoutFirstRepeating(standfirst, paragraphs), List.of(), link,
                Outlets.of(feedTitle == null ? null : HtmlText.of(feedTitle), link)));
    }

    /** A content's text: HTML (the usual) through the HTML parser, plain text as it is. */
    private static String textOf(SyndContent content) {
        String value = Objects.requireNonNullElse(content.getValue(), "");
        String type = Objects.requireNonNullElse(content.getType(), "text/html");
        return Lines.strip(type.equals("text") || type.equals("text/plain") ? value : HtmlText.of(value));
    }

    private static Optional<String> author(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                names.add(person.getName().strip());
            }
        }
        if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            names.add(entry.getAuthor().strip());
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
    }

    private static String link(SyndEntry entry) {
        return ArticleLimits.url(entry.getLink());
    }
}
