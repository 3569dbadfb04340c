package org.touchmap.io.json;

import java.util.List;
import java.util.Map;

/** A chain of touchpoints as stored in the file. */
record ChainDto(String id, String name, String color, String description, List<LinkDto> links, String nextChain,
                Map<String, Object> unknownFields) {

    static final List<String> KEYS = List.of("id", "name", "color", "description", "links", "nextChain");
}
