package org.broadsheet.archive;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The readable text of an HTML body, as crawlers and feeds give it ({@code content_html}): one paragraph per
 * block (paragraph, heading, list item, quotation, caption), separated by blank lines, through jsoup's
 * parser, which reads any HTML the way a browser does. Scripts, styles and markup are left out. Stateless.
 */
final class HtmlText {

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd";

    private HtmlText() {
    }

    /** The text of the HTML, its blocks separated by blank lines; the whole text when it has no blocks. */
    static String of(String html) {
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** The text of an element of a parsed page, as {@link #of(String)} reads it; the element is changed. */
    static String of(Element body) {
        body.select("script, style, noscript, template").remove();
        List<String> blocks = new ArrayList<>();
        for (Element block : body.select(BLOCKS)) {
            Elements inside = block.select(BLOCKS);
            // A block that holds others (a list item of paragraphs) is read through them, never twice.
            if (inside.size() == 1) {
                String text = block.text().strip();
                if (!text.isEmpty()) {
                    blocks.add(text);
                }
            }
        }
        return blocks.isEmpty() ? body.text().strip() : String.join("\n\n", blocks);
    }
}
