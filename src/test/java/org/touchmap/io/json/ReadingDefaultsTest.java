package org.touchmap.io.json;

import org.touchmap.io.MapFileException;
import org.junit.jupiter.api.Test;
import org.touchmap.model.Control;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Presence;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointCategory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

/** What docs/file-format.md promises about files written by hand or by other tools. */
class ReadingDefaultsTest {

    private static JourneyMap read(String json) throws MapFileException {
        return MapJson.read(json.getBytes(StandardCharsets.UTF_8), "hand-written.cjm");
    }

    @Test
    void onlyFormatVersionAndTitleAreNeeded() throws Exception {
        JourneyMap map = read("{\"format\": \"touchmap\", \"formatVersion\": 1, \"title\": \"Minimal\"}");
        assertEquals(new JourneyMap("Minimal"), map);
    }

    @Test
    void leftOutTouchpointFieldsTakeTheFormatDefaults() throws Exception {
        Touchpoint tp = read("""
                {"format": "touchmap", "formatVersion": 1, "title": "T",
                 "stages": [{"id": "s", "name": "S"}], "lanes": [{"id": "l", "name": "L"}],
                 "touchpoints": [{"id": "t", "name": "Phone", "stage": "s", "lane": "l"}]}
                """).touchpoint("t");

        assertEquals("other", tp.channelId());
        assertEquals(Rating.UNRATED, tp.rating());
        assertEquals(Presence.ONLINE, tp.presence());
        assertEquals(TouchpointCategory.CHANNEL_OR_PLACE, tp.category());
        assertEquals(Control.CONTROLLED, tp.control());
        assertEquals(0, tp.x());
        assertFalse(tp.keyPoint());
        assertNull(tp.emotion());
        assertTrue(tp.criteria().isEmpty() && tp.metrics().isEmpty());
    }

    @Test
    void nullAndEmptyTextMeanTheDefault() throws Exception {
        JourneyMap map = read("""
                {"format": "touchmap", "formatVersion": 1, "title": "T", "description": null, "industry": "",
                 "persona": {"name": null, "goals": ""},
                 "stages": [{"id": "s", "name": "S", "color": null, "phase": "", "visitors": null}]}
                """);

        assertArrayEquals(MapJson.write(map), MapJson.write(read("""
                {"format": "touchmap", "formatVersion": 1, "title": "T", "stages": [{"id": "s", "name": "S"}]}
                """)));
    }

    @Test
    void timestampsWithAnOffsetAreReadAsUtc() throws Exception {
        JourneyMap map = read("{\"format\": \"touchmap\", \"formatVersion\": 1, \"title\": \"T\","
                + " \"created\": \"2026-03-02T10:00:00+02:00\"}");
        assertEquals(Instant.parse("2026-03-02T08:00:00Z"), map.created());
        assertTrue(new String(MapJson.write(map), StandardCharsets.UTF_8)
                .contains("\"created\": \"2026-03-02T08:00:00Z\""));
    }

    @Test
    void byteOrderMarkIsAcceptedAndNotWrittenBack() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = "{\"format\": \"touchmap\", \"formatVersion\": 1, \"title\": \"T\"}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(json, 0, content, bom.length, json.length);

        JourneyMap map = MapJson.read(content, "notepad.cjm");

        assertEquals('{', MapJson.write(map)[0]);
    }

    @Test
    void upperCaseColoursAreWrittenInLowerCase() throws Exception {
        JourneyMap map = read("{\"format\": \"touchmap\", \"formatVersion\": 1, \"title\": \"T\","
                + " \"lanes\": [{\"id\": \"l\", \"name\": \"L\", \"color\": \"#AABBCC\"}]}");
        assertEquals("#aabbcc", map.lane("l").color());
    }

    @Test
    void commentsAreNotJson() {
        MapFileException e = assertThrows(MapFileException.class, () -> read(
                "{\"format\": \"touchmap\", // a comment\n \"formatVersion\": 1, \"title\": \"T\"}"));
        assertEquals("json.malformed", e.key());
    }
}
