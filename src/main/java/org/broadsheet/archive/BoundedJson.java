package org.broadsheet.archive;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON value from a parser into Jackson's tree, keeping at most {@link ArticleLimits#MAX_JSON_VALUES}
 * values of each array and object: later strings of an array are folded into one last string (a body given
 * as an array of a million one-letter paragraphs stays searchable), other later values are passed over. A
 * tree of a record therefore stays small whatever the file holds. Counts what it folded or passed over. Not
 * thread-safe: one per record.
 */
final class BoundedJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private long folded;

    /** How many values were folded into others or passed over. */
    long folded() {
        return folded;
    }

    /** The value the parser stands on (its current token), read to its end. */
    JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return object(parser);
        }
        if (token == JsonToken.START_ARRAY) {
            return array(parser);
        }
        return parser.readValueAsTree();
    }

    private ObjectNode object(JsonParser parser) throws IOException {
        ObjectNode object = NODES.objectNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            if (object.size() < ArticleLimits.MAX_JSON_VALUES) {
                object.putIfAbsent(name, read(parser));
            } else {
                parser.skipChildren();
                folded++;
            }
        }
        return object;
    }

    private ArrayNode array(JsonParser parser) throws IOException {
        ArrayNode array = NODES.arrayNode();
        StringBuilder rest = null;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (array.size() < ArticleLimits.MAX_JSON_VALUES - 1) {
                array.add(read(parser));
                continue;
            }
            folded++;
            if (token == JsonToken.VALUE_STRING) {
                rest = rest == null ? new StringBuilder() : rest.append("\n\n");
                rest.append(parser.getText());
            } else {
                parser.skipChildren();
            }
        }
        if (rest != null) {
            array.add(rest.toString());
        }
        return array;
    }
}
