package org.touchmap.io.json;

import java.util.List;
import java.util.Map;

/** A column of the map as stored in the file. */
record StageDto(String id, String name, String description, String customerQuestion, String color, String phase,
                Long visitors, Double width, Map<String, Object> unknownFields) {

    static final List<String> KEYS = List.of("id", "name", "description", "customerQuestion", "color", "phase",
            "visitors", "width");
}
