package org.touchmap.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between JSON trees and the plain Java values that
 * {@link org.touchmap.model.UnknownFields} holds, so that fields this version does not know keep
 * their exact value, order and number spelling through a load and a save.
 */
final class UnknownFieldValues {
    private UnknownFieldValues() {
    }

    static Object fromNode(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), fromNode(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(fromNode(item)));
            return list;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return null;
    }

    static JsonNode toNode(Object value) {
        if (value == null) {
            return NullNode.instance;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), toNode(v)));
            return object;
        }
        if (value instanceof Collection<?> list) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            list.forEach(item -> array.add(toNode(item)));
            return array;
        }
        if (value instanceof String text) {
            return TextNode.valueOf(text);
        }
        if (value instanceof Boolean flag) {
            return BooleanNode.valueOf(flag);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return LongNode.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return BigIntegerNode.valueOf(big);
        }
        if (value instanceof BigDecimal decimal) {
            return DecimalNode.valueOf(decimal);
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return DoubleNode.valueOf(((Number) value).doubleValue());
        }
        throw new IllegalArgumentException("Not a JSON value: " + value + " (" + value.getClass().getName() + ")");
    }
}
