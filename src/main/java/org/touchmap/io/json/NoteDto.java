package org.touchmap.io.json;

import java.util.List;
import java.util.Map;

/**
 * A note of a notes lane as stored in the file (format version 2); {@code owner} and
 * {@code supports} are left out ({@code null}) when empty.
 */
record NoteDto(String id, String stage, String lane, String text, String owner, List<String> supports,
               Map<String, Object> unknownFields) {

    static final List<String> KEYS = List.of("id", "stage", "lane", "text", "owner", "supports");
}
