package org.broadsheet.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A field map as the command line and the settings write it, and what it does to the names tried. */
class FieldMapTest {

    @Test
    void readsPartFieldPairsAndWritesThemOneWay() throws Exception {
        FieldMap map = FieldMap.parse(" published = date_publish, text=MainText ");
        assertEquals(Map.of(FieldMap.Part.TEXT, "maintext", FieldMap.Part.PUBLISHED, "date_publish"), map.fields());
        assertEquals("text=maintext,published=date_publish", map.written(), "parts in their order, names folded");
        assertEquals(map, FieldMap.parse(map.written()));
        assertEquals(map, FieldMap.of(Map.of("TEXT", "maintext", "published", "date_publish")));
    }

    @Test
    void readsNothingAsNoMap() throws Exception {
        assertEquals(FieldMap.NONE, FieldMap.parse("  "));
        assertEquals("", FieldMap.NONE.written());
        assertTrue(FieldMap.of(Map.of()).isEmpty());
    }

    @Test
    void triesTheNamedFieldBeforeTheKnownNames() throws Exception {
        FieldMap map = FieldMap.parse("text=body,title=headline");
        assertEquals(List.of("body", "text", "content"),
                map.names(FieldMap.Part.TEXT, List.of("text", "body", "content")));
        assertEquals(List.of("headline", "title"), map.names(FieldMap.Part.TITLE, List.of("title", "headline")));
        assertEquals(List.of("url"), map.names(FieldMap.Part.URL, List.of("url")), "an unnamed part as it was");
    }

    private static String refusal(String written) {
        return assertThrows(FieldMap.InvalidFieldMapException.class, () -> FieldMap.parse(written)).getMessage();
    }

    @Test
    void saysWhatIsWrongWithAMapInWords() {
        assertEquals("\u201Ctext\u201D is not part=field, as in text=maintext,published=date_publish",
                refusal("title=t, text"));
        assertEquals("\u201Ctxt\u201D is not a part of an article; the parts are title, text, html, standfirst, "
                + "author, published, updated, url, source", refusal("txt=body"));
        assertEquals("text is named twice", refusal("text=a,TEXT=b"));
        assertEquals("text needs the name of a field", refusal("text= "));
        Map<String, String> fromSettings = new LinkedHashMap<>();
        fromSettings.put("author", null);
        assertEquals("author needs the name of a field",
                assertThrows(FieldMap.InvalidFieldMapException.class, () -> FieldMap.of(fromSettings)).getMessage());
    }
}
