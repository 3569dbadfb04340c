package org.touchmap.io.json;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MapTitleTest {

    private static Optional<String> titleOf(String json) throws IOException {
        return MapTitle.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTopLevelTitleIsFoundPastNestedTitles() throws IOException {
        assertEquals(Optional.of("Clinic"), titleOf("""
                {"format": "touchmap", "persona": {"title": "not this"}, "stages": [{"title": "nor this"}],
                 "title": "Clinic", "touchpoints": [}"""));
    }

    @Test
    void aMapWithoutATitleOrNoObjectHasNone() throws IOException {
        assertEquals(Optional.empty(), titleOf("{\"format\": \"touchmap\"}"));
        assertEquals(Optional.empty(), titleOf("{\"title\": 12}"));
        assertEquals(Optional.empty(), titleOf("[\"title\"]"));
    }
}
