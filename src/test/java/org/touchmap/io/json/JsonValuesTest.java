package org.touchmap.io.json;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class JsonValuesTest {

    @Test
    void writesKeysInInsertionOrderAndReadsThemBack() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("z", 0.4);
        tree.put("a", Arrays.asList(1, "two", null, true));
        tree.put("m", Map.of());

        String json = JsonValues.write(tree);

        assertEquals("{\n  \"z\": 0.4,\n  \"a\": [\n    1,\n    \"two\",\n    null,\n    true\n  ],\n  \"m\": {}\n}", json);
        Object back = JsonValues.read(json);
        assertEquals(List.of("z", "a", "m"), List.copyOf(((Map<?, ?>) back).keySet()));
        assertEquals(0.4, ((Map<?, ?>) back).get("z"));
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> JsonValues.write(Map.of("x", Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> JsonValues.write(List.of(new Object())));
        assertThrows(IllegalArgumentException.class, () -> JsonValues.read("{"));
    }
}
