package org.touchmap.io.json;

import java.util.List;
import java.util.Map;

/**
 * A note of a notes lane as stored in the file (format version 2); {@code owner},
 * {@code supports} and {@code picture} are left out ({@code null}) when empty.
 */
record NoteDto(String id, String stage, String lane, String text, String owner, List<String> supports,
               PictureDto picture, Map<String, Object> unknownFields) {

    static final List<String> KEYS = List.of("id", "stage", "lane", "text", "owner", "supports", "picture");

    /** A storyboard frame's picture: its encoding ({@code png}, {@code jpeg}) and its bytes in base64. */
    record PictureDto(String type, String data) {
    }
}
