package org.touchmap.io.json;

import java.util.List;
import java.util.Map;

/** A row of the map as stored in the file. */
record LaneDto(String id, String name, String description, String color, String kind, Boolean folded,
               String chain, Map<String, Object> unknownFields) {

    /**
     * {@code kind} is left out for a lane of touchpoints, the kind of every lane of format version 1;
     * {@code folded} for an open lane; {@code chain} for a lane that follows no chain.
     */
    static final List<String> KEYS = List.of("id", "name", "description", "color", "kind", "folded", "chain");
}
