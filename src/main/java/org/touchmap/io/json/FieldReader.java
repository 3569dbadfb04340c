package org.touchmap.io.json;

import org.touchmap.io.FileProblem;
import org.touchmap.io.ErrorText;
import org.touchmap.io.JsonPath;
import org.touchmap.io.ProblemKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Typed access to the fields of one JSON object of a map file. Each getter checks the JSON type
 * and names the value by its JSON path when it is wrong; whatever fields nobody asked for are
 * the object's unknown fields. A {@code null} value counts as absent.
 */
final class FieldReader {
    private final ObjectNode node;
    private final JsonPath path;
    /**
     * The names asked for, with their hash codes. Not a hash set: an object has a few dozen keys
     * at most, and a set per object read cost a tenth of opening a file.
     */
    private String[] asked = new String[16];
    private int[] askedHashes = new int[16];
    private int askedCount;
    /** How many of the names asked for are keys of the object: when all its keys were asked for, none is unknown. */
    private int askedAndPresent;

    private FieldReader(ObjectNode node, JsonPath path) {
        this.node = node;
        this.path = path;
    }

    static FieldReader of(JsonNode node, JsonPath path) {
        if (!(node instanceof ObjectNode object)) {
            throw FileProblem.at(path, ProblemKind.NOT_OBJECT, JsonSnippet.of(node));
        }
        return new FieldReader(object, path);
    }

    JsonPath pathOf(String name) {
        return path.key(name);
    }

    /** Marks fields as known without reading them, e.g. the format header already checked. */
    void skip(String... names) {
        for (String name : names) {
            if (ask(name) && node.has(name)) {
                askedAndPresent++;
            }
        }
    }

    String text(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw FileProblem.at(pathOf(name), ProblemKind.NOT_TEXT, JsonSnippet.of(value));
        }
        return value.textValue();
    }

    String requiredText(String name) {
        String text = text(name);
        if (text == null) {
            throw FileProblem.at(path, ProblemKind.FIELD_MISSING, name);
        }
        return text;
    }

    Double number(String name) {
        JsonNode value = value(name);
        return value == null ? null : number(value, pathOf(name));
    }

    Long wholeNumber(String name) {
        JsonNode value = value(name);
        return value == null ? null : wholeNumber(value, pathOf(name));
    }

    Boolean bool(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw FileProblem.at(pathOf(name), ProblemKind.NOT_BOOLEAN, JsonSnippet.of(value));
        }
        return value.booleanValue();
    }

    /** The nested object {@code name}, or {@code null} when absent. */
    FieldReader object(String name) {
        JsonNode value = value(name);
        return value == null ? null : of(value, pathOf(name));
    }

    /** How many items the list {@code name} has; 0 when absent or not a list, which reading it reports. */
    int listSize(String name) {
        JsonNode value = node.get(name);
        return value != null && value.isArray() ? value.size() : 0;
    }

    /** The list of objects {@code name}; empty when absent. */
    List<FieldReader> objects(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return List.of();
        }
        JsonPath listPath = pathOf(name);
        if (!value.isArray()) {
            throw FileProblem.at(listPath, ProblemKind.NOT_LIST, JsonSnippet.of(value));
        }
        List<FieldReader> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(of(value.get(i), listPath.index(i)));
        }
        return items;
    }

    /** The list of texts {@code name}, e.g. ids; {@code null} when absent. */
    List<String> texts(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        JsonPath listPath = pathOf(name);
        if (!value.isArray()) {
            throw FileProblem.at(listPath, ProblemKind.NOT_LIST, JsonSnippet.of(value));
        }
        List<String> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual()) {
                throw FileProblem.at(listPath.index(i), ProblemKind.NOT_TEXT, JsonSnippet.of(item));
            }
            items.add(item.textValue());
        }
        return items;
    }

    /** An object of whole numbers by key, e.g. criteria scores; {@code null} when absent. */
    Map<String, Long> wholeNumberMap(String name) {
        return valueMap(name, FieldReader::wholeNumber);
    }

    /** An object of numbers by key, e.g. metrics; {@code null} when absent. */
    Map<String, Double> numberMap(String name) {
        return valueMap(name, FieldReader::number);
    }

    /** Fields not asked for, in file order, as plain Java values. */
    Map<String, Object> unknownFields() {
        Map<String, Object> unknown = new LinkedHashMap<>();
        if (askedAndPresent == node.size()) {
            return unknown;
        }
        node.properties().forEach(e -> {
            if (!wasAsked(e.getKey())) {
                unknown.put(e.getKey(), UnknownFieldValues.fromNode(e.getValue()));
            }
        });
        return unknown;
    }

    /** For closed objects, whose every key is part of the format. */
    void refuseUnknownFields() {
        unknownFields().keySet().stream().findFirst().ifPresent(name -> {
            throw FileProblem.at(pathOf(name), ProblemKind.FIELD_NOT_ALLOWED, ErrorText.quote(name));
        });
    }

    private JsonNode value(String name) {
        JsonNode value = node.get(name);
        if (ask(name) && value != null) {
            askedAndPresent++;
        }
        return value == null || value.isNull() ? null : value;
    }

    /** Notes that {@code name} was asked for; {@code false} if it was before. */
    private boolean ask(String name) {
        if (wasAsked(name)) {
            return false;
        }
        if (askedCount == asked.length) {
            asked = Arrays.copyOf(asked, 2 * askedCount);
            askedHashes = Arrays.copyOf(askedHashes, 2 * askedCount);
        }
        asked[askedCount] = name;
        askedHashes[askedCount++] = name.hashCode();
        return true;
    }

    private boolean wasAsked(String name) {
        int hash = name.hashCode();
        for (int i = 0; i < askedCount; i++) {
            if (askedHashes[i] == hash && asked[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    private <T> Map<String, T> valueMap(String name, BiFunction<JsonNode, JsonPath, T> convert) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        JsonPath mapPath = pathOf(name);
        if (!value.isObject()) {
            throw FileProblem.at(mapPath, ProblemKind.NOT_OBJECT, JsonSnippet.of(value));
        }
        Map<String, T> values = new LinkedHashMap<>();
        value.properties().forEach(e -> values.put(e.getKey(), convert.apply(e.getValue(), mapPath.key(e.getKey()))));
        return values;
    }

    private static Double number(JsonNode value, JsonPath at) {
        if (!value.isNumber()) {
            throw FileProblem.at(at, ProblemKind.NOT_NUMBER, JsonSnippet.of(value));
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            throw FileProblem.at(at, ProblemKind.NUMBER_TOO_LARGE, JsonSnippet.of(value));
        }
        return number;
    }

    private static Long wholeNumber(JsonNode value, JsonPath at) {
        if (!value.isIntegralNumber()) {
            throw FileProblem.at(at, ProblemKind.NOT_WHOLE_NUMBER, JsonSnippet.of(value));
        }
        if (!value.canConvertToLong()) {
            throw FileProblem.at(at, ProblemKind.NUMBER_TOO_LARGE, JsonSnippet.of(value));
        }
        return value.longValue();
    }
}
