package org.touchmap.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The title of a map file, read without reading the map: the fields before {@code "title"} are
 * skipped and nothing after it is read. The menu that names the bundled samples needs only their
 * titles, and reading three whole maps for it was work the editor's start does not need.
 */
public final class MapTitle {
    private static final JsonFactory FACTORY = new JsonFactory();

    private MapTitle() {
    }

    /** The top-level {@code "title"} of the map in {@code in}; empty when it has none or is no JSON object. */
    public static Optional<String> of(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("title".equals(field) && value == JsonToken.VALUE_STRING) {
                    return Optional.of(parser.getText());
                }
                parser.skipChildren();
            }
            return Optional.empty();
        }
    }
}
