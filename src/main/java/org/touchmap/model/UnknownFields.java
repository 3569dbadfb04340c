package org.touchmap.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields a file carried that this version of Touchmap does not know. They travel with the
 * element they were found on and are written back on save, so a newer version's data
 * survives an edit in an older one. Values are plain JSON-like Java values
 * ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}, {@code null}).
 */
public final class UnknownFields {
    public static final UnknownFields NONE = new UnknownFields(Map.of());

    private final Map<String, Object> fields;

    private UnknownFields(Map<String, Object> fields) {
        this.fields = fields;
    }

    public static UnknownFields of(Map<String, Object> fields) {
        if (fields == null || fields.isEmpty()) {
            return NONE;
        }
        return new UnknownFields(Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
    }

    /** The fields in the order they were read. */
    public Map<String, Object> asMap() {
        return fields;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownFields other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
