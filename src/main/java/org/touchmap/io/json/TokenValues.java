package org.touchmap.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed values at the current token of a map file read in one pass ({@link OnePassReader}).
 * Anything not exactly as Touchmap writes the current format ends the pass with
 * {@link NotOnePass}, also what the careful reader would accept: a {@code null} where a known
 * field may be left out, a number too large for a {@code long}. The careful reader then reads
 * the file again and decides, and words every problem. So the one pass never has to know a
 * message, and needs no check of its own against repeated keys: a known field's value read twice
 * is caught because the field already holds one (Touchmap never writes {@code null}).
 */
final class TokenValues {
    private final JsonParser parser;

    TokenValues(JsonParser parser) {
        this.parser = parser;
    }

    /** Ends a one-pass read. A signal, not a fault: it carries no stack trace. */
    static final class NotOnePass extends RuntimeException {
        private static final NotOnePass INSTANCE = new NotOnePass();

        private NotOnePass() {
            super(null, null, false, false);
        }
    }

    static NotOnePass notOnePass() {
        return NotOnePass.INSTANCE;
    }

    /** The next key of the object being read with the parser moved to its value, or {@code null} at its end. */
    String nextKey() throws IOException {
        String name = parser.nextFieldName();
        if (name == null) {
            expect(JsonToken.END_OBJECT);
            return null;
        }
        parser.nextToken();
        return name;
    }

    void expect(JsonToken token) {
        if (parser.currentToken() != token) {
            throw notOnePass();
        }
    }

    String text(String previous) throws IOException {
        if (previous != null || parser.currentToken() != JsonToken.VALUE_STRING) {
            throw notOnePass();
        }
        return parser.getText();
    }

    /**
     * A number as a {@code double}, exactly as the careful reader gets it from the decimal it
     * reads: the same for every finite value but zero, whose sign the decimal does not keep.
     */
    Double number(Object previous) throws IOException {
        if (previous != null) {
            throw notOnePass();
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return (double) parser.getLongValue();
        }
        if (token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw notOnePass();
        }
        double number = parser.getDoubleValue();
        if (number == 0) {
            return parser.getDecimalValue().doubleValue();
        }
        if (!Double.isFinite(number)) {
            throw notOnePass();
        }
        return number;
    }

    Long wholeNumber(Object previous) throws IOException {
        if (previous != null || parser.currentToken() != JsonToken.VALUE_NUMBER_INT
                || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw notOnePass();
        }
        return parser.getLongValue();
    }

    Boolean bool(Boolean previous) {
        JsonToken token = parser.currentToken();
        if (previous != null || (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE)) {
            throw notOnePass();
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /** An object of whole numbers by key, e.g. criteria scores, in the file's order. */
    Map<String, Long> wholeNumberMap(Object previous) throws IOException {
        Map<String, Long> values = startMap(previous);
        for (String key = nextKey(); key != null; key = nextKey()) {
            putOnce(values, key, wholeNumber(null));
        }
        return values;
    }

    /** An object of numbers by key, e.g. metrics, in the file's order. */
    Map<String, Double> numberMap(Object previous) throws IOException {
        Map<String, Double> values = startMap(previous);
        for (String key = nextKey(); key != null; key = nextKey()) {
            putOnce(values, key, number(null));
        }
        return values;
    }

    /** A list of texts, e.g. the ids a process step supports, in the file's order. */
    List<String> texts(Object previous) throws IOException {
        if (previous != null) {
            throw notOnePass();
        }
        expect(JsonToken.START_ARRAY);
        List<String> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(text(null));
        }
        return items;
    }

    /** Reads one list element; the parser is at the element's start and is left at its end. */
    interface ElementReader<T> {
        T read() throws IOException;
    }

    /** A list of objects, each read by {@code element}. */
    <T> List<T> objects(Object previous, ElementReader<T> element) throws IOException {
        if (previous != null) {
            throw notOnePass();
        }
        expect(JsonToken.START_ARRAY);
        List<T> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            expect(JsonToken.START_OBJECT);
            items.add(element.read());
        }
        return items;
    }

    /** Keeps the value of a field this version does not know as the careful reader would. */
    Map<String, Object> unknown(Map<String, Object> unknown, String key) throws IOException {
        Map<String, Object> fields = unknown == null ? new LinkedHashMap<>() : unknown;
        if (fields.containsKey(key)) {
            throw notOnePass();
        }
        fields.put(key, parser.currentToken() == JsonToken.VALUE_NULL ? null
                : UnknownFieldValues.fromNode(parser.readValueAsTree()));
        return fields;
    }

    private <T> Map<String, T> startMap(Object previous) {
        if (previous != null) {
            throw notOnePass();
        }
        expect(JsonToken.START_OBJECT);
        return new LinkedHashMap<>();
    }

    private static <T> void putOnce(Map<String, T> values, String key, T value) {
        if (values.put(key, value) != null) {
            throw notOnePass();
        }
    }
}
