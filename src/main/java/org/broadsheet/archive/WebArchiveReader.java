package org.broadsheet.archive;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.broadsheet.article.Article;
import org.broadsheet.article.Problem;
import org.broadsheet.platform.IoFailures;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a WARC file ({@code .warc}, {@code .warc.gz}; ISO 28500) with jwarc, record by record from the disk,
 * so a WARC of gigabytes is never held in memory: each HTML page captured with status 200 becomes an article
 * through {@link HtmlPageReader}, its id the file's path, {@code #} and the page's address, and the articles go
 * out in parts of {@link #PART_PAGES} as they are read. The size limit applies to each page, not to the file. Revisits, redirects, errors and other types are passed over and
 * counted. A WARC that breaks off keeps the pages before the break. Thread-safe.
 */
final class WebArchiveReader {

    private static final Logger LOG = LoggerFactory.getLogger(WebArchiveReader.class);

    /** How many pages are held before they go out as a part: a few megabytes of text. */
    static final int PART_PAGES = 500;
    /**
     * Pages past this many are passed over: every page's address is remembered while the file is read, to
     * number repeated captures, and that must stay within the heap.
     */
    static final int MAX_PAGES = 200_000;

    private final HtmlPageReader pages;
    private final long maxPageBytes;

    WebArchiveReader(HtmlPageReader pages, long maxPageBytes) {
        this.pages = pages;
        this.maxPageBytes = maxPageBytes;
    }

    /** @param earlier takes each full part; the rest, with what was passed over, is the result */
    FileReadResult read(ArchiveFile file, ArticleParts earlier) {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> captures = new HashMap<>();
        int pagesRead = 0;
        int passedOver = 0;
        int tooLarge = 0;
        int records = 0;
        try (WarcReader warc = new WarcReader(file.path())) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException | RuntimeException broken) {
                    LOG.debug("{} breaks off after record {}", file.path(), records, broken);
                    problems.add(new Problem(file.relativePath(), brokenAfter(records)));
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                WarcRecord record = next.get();
                if (record instanceof WarcRevisit) {
                    passedOver++;
                    continue;
                }
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                if (pagesRead >= MAX_PAGES) {
                    passedOver++;
                    continue;
                }
                Capture capture;
                try {
                    capture = capture(response);
                } catch (IOException | RuntimeException broken) {
                    LOG.debug("{} breaks off in record {}", file.path(), records, broken);
                    problems.add(new Problem(file.relativePath(), brokenAfter(records - 1)));
                    break;
                }
                switch (capture.kind()) {
                    case PASSED_OVER -> passedOver++;
                    case TOO_LARGE -> tooLarge++;
                    case PAGE -> {
                        String address = response.target();
                        String id = file.articleId() + "#" + address;
                        int seen = captures.merge(id, 1, Integer::sum);
                        // The same address captured again is another version of the page, and keeps its own id.
                        String unique = seen == 1 ? id : id + "#" + seen;
                        HtmlPageReader.Page page = pages.page(unique, capture.bytes(), capture.charset(), address,
                                response.date().atOffset(ZoneOffset.UTC), address);
                        pagesRead++;
                        if (page.article().isPresent()) {
                            articles.add(page.article().get());
                        } else {
                            problems.add(new Problem(file.relativePath() + "#" + address, page.problem()));
                        }
                        if (articles.size() + problems.size() >= PART_PAGES) {
                            earlier.take(new FileReadResult(articles, problems));
                            articles.clear();
                            problems.clear();
                        }
                    }
                }
            }
        } catch (IOException e) {
            return FileReadResult.problem(file.relativePath(), "cannot be read (" + IoFailures.describe(e) + ")");
        }
        if (passedOver > 0) {
            problems.add(new Problem(file.relativePath(), "read, but " + ArticleLimits.count(passedOver)
                    + (passedOver == 1 ? " capture was" : " captures were")
                    + " passed over: revisits, redirects, errors and other than HTML pages"
                    + (pagesRead >= MAX_PAGES ? ", and pages past the first " + ArticleLimits.count(MAX_PAGES) : "")));
        }
        if (tooLarge > 0) {
            problems.add(new Problem(file.relativePath(), "read, but " + ArticleLimits.count(tooLarge)
                    + (tooLarge == 1 ? " page was" : " pages were") + " over the size limit and passed over"));
        }
        if (pagesRead == 0 && problems.isEmpty()) {
            problems.add(new Problem(file.relativePath(), "no HTML pages in this WARC"));
        }
        return new FileReadResult(articles, problems);
    }

    private static String brokenAfter(int records) {
        return records == 0 ? "not a valid WARC file"
                : "not a valid WARC after record " + records + ": the records before it were read";
    }

    private enum CaptureKind { PAGE, PASSED_OVER, TOO_LARGE }

    private record Capture(CaptureKind kind, byte[] bytes, String charset) {
        static final Capture PASSED = new Capture(CaptureKind.PASSED_OVER, null, null);
    }

    /** A response's page, if it is an HTML page served whole, read at most to the size limit. */
    private Capture capture(WarcResponse response) throws IOException {
        if (!response.contentType().base().toString().equals("application/http")) {
            return Capture.PASSED;
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException notHttp) {
            // Its own record's length bounds a bad message: the records after it are still in step.
            return Capture.PASSED;
        }
        if (http.status() != 200) {
            return Capture.PASSED;
        }
        MediaType type = http.contentType().base();
        if (!type.equals(MediaType.HTML) && !type.toString().equals("application/xhtml+xml")) {
            return Capture.PASSED;
        }
        try (InputStream body = http.bodyDecoded().stream()) {
            // One byte more than the limit tells a page over it, however large it claims or expands to be.
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
            if (bytes.length > maxPageBytes) {
                return new Capture(CaptureKind.TOO_LARGE, null, null);
            }
            return new Capture(CaptureKind.PAGE, bytes, http.contentType().parameters().get("charset"));
        }
    }
}
