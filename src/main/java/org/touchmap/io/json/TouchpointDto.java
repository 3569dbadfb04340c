package org.touchmap.io.json;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.touchmap.model.TouchpointText;

/**
 * A card as stored in the file. Enumerated values are the file's lowerCamelCase names
 * (e.g. {@code channelOrPlace}); {@code criteria} and {@code metrics} keep the file's order;
 * {@code texts} holds the fields of {@link TouchpointText} that are not empty, by their keys.
 */
record TouchpointDto(String id, String name, String stage, String lane, Double x, Double y, String channel,
                     String rating, Boolean keyPoint, String description, String presence, String category,
                     Long emotion, String control, String attention, String lifespan, Map<String, Long> criteria,
                     Map<String, Double> metrics, String painPoints, String ideas, String owner, String evidence,
                     String notes, String competitor, Map<String, String> texts, Map<String, Object> unknownFields) {

    /** The keys this version knows, in the order they are written; the described text fields last. */
    static final List<String> KEYS = Stream.concat(Stream.of("id", "name", "stage", "lane", "x", "y", "channel",
            "rating", "keyPoint", "description", "presence", "category", "emotion", "control", "attention",
            "lifespan", "criteria", "metrics", "painPoints", "ideas", "owner", "evidence", "notes", "competitor"),
            Stream.of(TouchpointText.values()).map(TouchpointText::key)).toList();
}
