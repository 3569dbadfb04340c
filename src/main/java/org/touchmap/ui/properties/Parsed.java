package org.touchmap.ui.properties;

import java.util.Objects;

/**
 * The result of reading what the person typed: a value ({@code null} for "not set"), or a
 * message saying why the text is refused, shown next to the field.
 */
record Parsed<V>(V value, String error) {

    static <V> Parsed<V> ok(V value) {
        return new Parsed<>(value, null);
    }

    static <V> Parsed<V> refused(String error) {
        return new Parsed<>(null, Objects.requireNonNull(error));
    }

    boolean isValid() {
        return error == null;
    }
}
