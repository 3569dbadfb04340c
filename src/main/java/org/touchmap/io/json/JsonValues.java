package org.touchmap.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.util.List;
import java.util.Map;

/**
 * JSON for values made of plain Java: {@link Map} (objects; keys in the map's iteration order, so a
 * {@link java.util.LinkedHashMap} gives a stable order), {@link List}, {@link String}, {@link Number},
 * {@link Boolean} and {@code null}. Lets layers above {@code io} write and read JSON without Jackson.
 */
public final class JsonValues {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = JsonStyle.prettyWriter(MAPPER);

    private JsonValues() {
    }

    /**
     * {@code value} as pretty-printed JSON: two-space indent, "\n" line ends, no final newline.
     *
     * @throws IllegalArgumentException when the value holds something other than the types above,
     *                                  or a number that is not finite
     */
    public static String write(Object value) {
        check(value);
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON value: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The value in {@code json}: objects as {@link Map} in document order, arrays as {@link List},
     * numbers as {@link Integer}, {@link Long}, {@link java.math.BigInteger} or {@link Double}.
     *
     * @throws IllegalArgumentException when {@code json} is not JSON
     */
    public static Object read(String json) {
        try {
            return MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void check(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return;
        }
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            throw new IllegalArgumentException("JSON has no number " + value);
        }
        if (value instanceof Number) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                if (!(key instanceof String)) {
                    throw new IllegalArgumentException("JSON object keys are text: " + key);
                }
                check(item);
            });
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(JsonValues::check);
            return;
        }
        throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }
}
