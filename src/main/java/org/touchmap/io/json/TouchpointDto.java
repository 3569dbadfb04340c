package org.touchmap.io.json;

import java.util.List;
import java.util.Map;

/**
 * A card as stored in the file. Enumerated values are the file's lowerCamelCase names
 * (e.g. {@code channelOrPlace}); {@code criteria} and {@code metrics} keep the file's order.
 */
record TouchpointDto(String id, String name, String stage, String lane, Double x, Double y, String channel,
                     String rating, Boolean keyPoint, String description, String presence, String category,
                     Long emotion, String control, String attention, String lifespan, Map<String, Long> criteria,
                     Map<String, Double> metrics, String painPoints, String ideas, String owner, String evidence,
                     String notes, String competitor, Map<String, Object> unknownFields) {

    static final List<String> KEYS = List.of("id", "name", "stage", "lane", "x", "y", "channel", "rating", "keyPoint",
            "description", "presence", "category", "emotion", "control", "attention", "lifespan", "criteria",
            "metrics", "painPoints", "ideas", "owner", "evidence", "notes", "competitor");
}
