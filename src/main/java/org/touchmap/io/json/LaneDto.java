package org.touchmap.io.json;

import java.util.List;
import java.util.Map;

/** A row of the map as stored in the file. */
record LaneDto(String id, String name, String description, String color, Map<String, Object> unknownFields) {

    static final List<String> KEYS = List.of("id", "name", "description", "color");
}
