package org.touchmap.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against the subset of JSON Schema 2020-12 that
 * {@code docs/touchmap.schema.json} uses: $ref to $defs, type, const, enum, required,
 * properties, additionalProperties, propertyNames, items, pattern, minimum, exclusiveMinimum,
 * maximum, maxLength.
 * With {@code documentedKeysOnly} every object must use only keys its schema lists, even an open one.
 */
final class SchemaCheck {
    private final JsonNode root;
    private final boolean documentedKeysOnly;
    private final List<String> problems = new ArrayList<>();

    private SchemaCheck(JsonNode root, boolean documentedKeysOnly) {
        this.root = root;
        this.documentedKeysOnly = documentedKeysOnly;
    }

    static List<String> problems(JsonNode schema, JsonNode value, boolean documentedKeysOnly) {
        SchemaCheck check = new SchemaCheck(schema, documentedKeysOnly);
        check.check(schema, value, "$");
        return check.problems;
    }

    /** The schema {@code #/$defs/name} or the schema itself when it is no reference. */
    static JsonNode resolve(JsonNode root, JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").textValue();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalArgumentException("Unsupported $ref " + ref);
            }
            schema = root.get("$defs").get(ref.substring("#/$defs/".length()));
        }
        return schema;
    }

    private void check(JsonNode schemaOrRef, JsonNode value, String path) {
        JsonNode schema = resolve(root, schemaOrRef);
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(path + ": not " + schema.get("const"));
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            problems.add(path + ": " + value + " not in " + schema.get("enum"));
        }
        if (schema.has("type") && !hasType(value, schema.get("type").textValue())) {
            problems.add(path + ": not of type " + schema.get("type").textValue());
            return;
        }
        if (value.isNumber()) {
            checkRange(schema, value, path);
        }
        if (value.isTextual()) {
            checkText(schema, value.textValue(), path);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]");
            }
        }
        if (value.isObject()) {
            checkObject(schema, value, path);
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String path) {
        JsonNode properties = schema.path("properties");
        schema.path("required").forEach(name -> {
            if (!value.has(name.textValue())) {
                problems.add(path + ": missing " + name.textValue());
            }
        });
        value.properties().forEach(e -> {
            String at = path + "." + e.getKey();
            if (schema.has("propertyNames")) {
                check(schema.get("propertyNames"), TextNode.valueOf(e.getKey()), at);
            }
            if (properties.has(e.getKey())) {
                check(properties.get(e.getKey()), e.getValue(), at);
                return;
            }
            JsonNode additional = schema.path("additionalProperties");
            if (additional.isObject()) {
                check(additional, e.getValue(), at);
            } else if (additional.isBoolean() && !additional.booleanValue()) {
                problems.add(at + ": not allowed");
            } else if (documentedKeysOnly) {
                problems.add(at + ": not documented");
            }
        });
    }

    private void checkRange(JsonNode schema, JsonNode value, String path) {
        if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            problems.add(path + ": below " + schema.get("minimum"));
        }
        if (schema.has("exclusiveMinimum")
                && value.decimalValue().compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0) {
            problems.add(path + ": not above " + schema.get("exclusiveMinimum"));
        }
        if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
            problems.add(path + ": above " + schema.get("maximum"));
        }
    }

    private void checkText(JsonNode schema, String text, String path) {
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").textValue()).matcher(text).find()) {
            problems.add(path + ": does not match " + schema.get("pattern").textValue());
        }
        if (schema.has("maxLength") && text.codePointCount(0, text.length()) > schema.get("maxLength").intValue()) {
            problems.add(path + ": too long");
        }
    }

    private static boolean contains(JsonNode list, JsonNode value) {
        for (JsonNode item : list) {
            if (item.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("Unsupported type " + type);
        };
    }
}
