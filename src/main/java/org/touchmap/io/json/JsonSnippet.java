package org.touchmap.io.json;

import org.touchmap.io.ErrorText;
import com.fasterxml.jackson.databind.JsonNode;

/** A short, language-neutral picture of a JSON value for messages: {@code "abc"}, {@code 5}, {@code […]}. */
final class JsonSnippet {
    private JsonSnippet() {
    }

    static String of(JsonNode value) {
        if (value.isObject()) {
            return "{…}";
        }
        if (value.isArray()) {
            return "[…]";
        }
        if (value.isTextual()) {
            return "\"" + ErrorText.quote(value.textValue()) + "\"";
        }
        return ErrorText.quote(value.toString());
    }
}
