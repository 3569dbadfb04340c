package org.touchmap.ui.properties;

import java.util.Objects;

/**
 * The result of reading what the person typed: a value ({@code null} for "not set"), or a
 * message saying why the text is refused, shown next to the field.
 */
record ParsedInput<V>(V value, String error) {

    static <V> ParsedInput<V> ok(V value) {
        return new ParsedInput<>(value, null);
    }

    static <V> ParsedInput<V> refused(String error) {
        return new ParsedInput<>(null, Objects.requireNonNull(error));
    }

    boolean isValid() {
        return error == null;
    }
}
