package org.touchmap.io.json;

import java.util.List;
import java.util.Map;

/** A named snapshot of the whole map as stored in the file; its map has no header and no snapshots. */
record SnapshotDto(String name, String taken, MapDto map, Map<String, Object> unknownFields) {

    static final List<String> KEYS = List.of("name", "taken", "map");
}
