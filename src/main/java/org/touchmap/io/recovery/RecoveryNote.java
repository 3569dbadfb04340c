package org.touchmap.io.recovery;

import org.touchmap.io.json.JsonStyle;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * The small JSON note beside a recovery copy's map: whose work it is and what it belongs to.
 * Reading is forgiving: a note that is missing or damaged is simply absent.
 */
record RecoveryNote(String sessionId, String title, Instant written, Path originalFile, long processId,
                    Optional<Instant> processStart) {
    static final String FORMAT = "touchmap-recovery";
    private static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    byte[] toJson() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("format", FORMAT);
        node.put("session", sessionId);
        node.put("title", title);
        node.put("written", written.toString());
        if (originalFile == null) {
            node.putNull("originalFile");
        } else {
            node.put("originalFile", originalFile.toString());
        }
        node.put("processId", processId);
        processStart.ifPresent(start -> node.put("processStart", start.toString()));
        try {
            return (JsonStyle.prettyWriter(MAPPER).writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("A tree of plain values always prints", e);
        }
    }

    /** The copy whose map is {@code mapFile}; the file name, not the note, says which session it is. */
    RecoveryCopy toCopy(String fileSessionId, Path mapFile) {
        return new RecoveryCopy(fileSessionId, title, written, originalFile, processId, mapFile);
    }

    static Optional<RecoveryNote> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                return Optional.empty();
            }
            JsonNode node = MAPPER.readTree(content);
            if (node == null || !FORMAT.equals(node.path("format").asText())) {
                return Optional.empty();
            }
            JsonNode original = node.path("originalFile");
            JsonNode start = node.path("processStart");
            return Optional.of(new RecoveryNote(
                    node.path("session").asText(),
                    node.path("title").asText(""),
                    Instant.parse(node.path("written").asText()),
                    original.isTextual() ? Path.of(original.asText()) : null,
                    node.path("processId").asLong(0),
                    start.isTextual() ? Optional.of(Instant.parse(start.asText())) : Optional.empty()));
        } catch (IOException | DateTimeException | InvalidPathException e) {
            return Optional.empty();
        }
    }
}
