package org.broadsheet.archive;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The dates of a feed's items as the feed writes them, so that each keeps its own offset: ROME gives an instant
 * alone, and an item published at {@code 08:30 +0530} would show as {@code 03:00 +00:00}. Read in a second,
 * light pass over a feed ROME has already accepted (so no DOCTYPE), with DTDs and external entities off all
 * the same. Stateless and thread-safe.
 */
final class FeedDates {

    /** The elements of an RSS item or Atom entry that hold one of its dates, by local name. */
    private static final Set<String> DATE_ELEMENTS = Set.of("pubDate", "date", "published", "updated", "issued",
            "modified", "created");
    private static final Set<String> ITEM_ELEMENTS = Set.of("item", "entry");

    private final WrittenDates dates = new WrittenDates();

    /** Each item's dates as written, in the feed's order; empty when the feed cannot be read this way. */
    List<List<OffsetDateTime>> of(byte[] feed) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<List<OffsetDateTime>> items = new ArrayList<>();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(feed));
            try {
                List<OffsetDateTime> item = null;
                int depth = 0;
                int itemDepth = -1;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        String name = reader.getLocalName();
                        if (item == null && ITEM_ELEMENTS.contains(name)) {
                            item = new ArrayList<>();
                            itemDepth = depth;
                        } else if (item != null && depth == itemDepth + 1 && DATE_ELEMENTS.contains(name)) {
                            dates.read(reader.getElementText()).ifPresent(item::add);
                            depth--;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (item != null && depth == itemDepth) {
                            items.add(item);
                            item = null;
                        }
                        depth--;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException notReadable) {
            // ROME read it; only the offsets are lost.
            return List.of();
        }
        return items;
    }

    /**
     * The instant ROME read, at the offset the feed wrote it with when one of the item's dates is that instant;
     * else at {@code +00:00}.
     */
    static OffsetDateTime at(Date instant, List<OffsetDateTime> written) {
        if (instant == null) {
            return null;
        }
        Optional<OffsetDateTime> same = written.stream()
                .filter(date -> date.toInstant().equals(instant.toInstant())).findFirst();
        return same.orElseGet(() -> instant.toInstant().atOffset(ZoneOffset.UTC));
    }
}
