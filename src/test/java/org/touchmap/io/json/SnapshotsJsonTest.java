package org.touchmap.io.json;

import org.touchmap.io.MapFileException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Rating;
import org.touchmap.model.Snapshot;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.UnknownFields;
import org.touchmap.model.Voting;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class SnapshotsJsonTest {
    private static final String GOLDEN = "golden/v1-snapshots.cjm";

    /** The map in {@code golden/v1-snapshots.cjm}: a small map with a snapshot before and after a workshop. */
    static JourneyMap workshopMap() {
        JourneyMap map = new JourneyMap("Workshop");
        map.addStage(new Stage("search", "Search"));
        map.addStage(new Stage("buy", "Purchase"));
        map.addLane(new Lane("online", "Online"));
        Touchpoint phone = new Touchpoint("tp-phone", "Booking by phone", "buy", "online");
        phone.setRating(Rating.NEUTRAL);
        map.addTouchpoint(phone);
        map.addSnapshot(0, Snapshot.take("before workshop", Instant.parse("2026-11-23T09:00:00Z"), map));
        phone.setRating(Rating.NEGATIVE);
        map.addTouchpoint(new Touchpoint("tp-bot", "Chat bot", "search", "online"));
        map.addSnapshot(1, new Snapshot("after workshop", Instant.parse("2026-11-23T17:40:00Z"),
                withoutSnapshots(map), UnknownFields.of(Map.of("facilitator", "Mila"))));
        return map;
    }

    private static JourneyMap withoutSnapshots(JourneyMap map) {
        JourneyMap copy = map.copy();
        copy.setSnapshots(List.of());
        return copy;
    }

    @Test
    void goldenFileLoadsAsTheWorkshopMapAndIsWrittenBackByteForByte() throws Exception {
        byte[] golden = GoldenFileTest.resource(GOLDEN);
        JourneyMap map = MapJson.read(golden, "v1-snapshots.cjm");

        assertEquals(workshopMap(), map);
        assertEquals(Rating.NEUTRAL, map.snapshots().get(0).map().touchpoint("tp-phone").rating());
        assertEquals(Instant.parse("2026-11-23T17:40:00Z"), map.snapshots().get(1).taken());
        assertArrayEquals(golden, MapJson.write(map));
    }

    @Test
    void goldenFileFollowsTheSchema() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode schema = json.readTree(Files.readAllBytes(Path.of("docs/touchmap.schema.json")));
        JsonNode file = json.readTree(GoldenFileTest.resource(GOLDEN));
        assertEquals(List.of(), SchemaCheck.problems(schema, file, false));
    }

    @Test
    void aMapWithoutSnapshotsHasNoSnapshotsKey() {
        String text = new String(MapJson.write(MedicalClinicMap.build()), StandardCharsets.UTF_8);
        assertFalse(text.contains("\"snapshots\""), text);
    }

    @Test
    void theSnapshotMapIsWrittenWithoutTheFormatHeader() {
        String text = new String(MapJson.write(workshopMap()), StandardCharsets.UTF_8);
        assertEquals(1, text.split("\"formatVersion\"", -1).length - 1, text);
    }

    @Test
    void copiesAndEqualityIncludeSnapshots() {
        JourneyMap map = workshopMap();
        JourneyMap copy = map.copy();
        assertEquals(map, copy);
        copy.replaceSnapshot(0, copy.snapshots().get(0).renamed("before the workshop"));
        assertNotEquals(map, copy);
    }

    @Test
    void aSnapshotInsideASnapshotIsRefusedWithItsPath() {
        String file = """
                {"format": "touchmap", "formatVersion": 1, "title": "T",
                 "snapshots": [{"name": "a", "taken": "2026-01-01T00:00:00Z",
                                "map": {"title": "T", "snapshots": [{"name": "b", "taken": "2026-01-01T00:00:00Z",
                                                                     "map": {"title": "T"}}]}}]}
                """;
        MapFileException e = assertThrows(MapFileException.class, () -> read(file));
        assertTrue(e.getMessage().contains("$.snapshots[0].map.snapshots"), e.getMessage());
    }

    @Test
    void aSnapshotWithoutTimeOrMapIsRefused() {
        MapFileException noTime = assertThrows(MapFileException.class, () -> read("""
                {"format": "touchmap", "formatVersion": 1, "title": "T",
                 "snapshots": [{"name": "a", "map": {"title": "T"}}]}
                """));
        assertTrue(noTime.getMessage().contains("taken"), noTime.getMessage());
        MapFileException badTime = assertThrows(MapFileException.class, () -> read("""
                {"format": "touchmap", "formatVersion": 1, "title": "T",
                 "snapshots": [{"name": "a", "taken": "yesterday", "map": {"title": "T"}}]}
                """));
        assertTrue(badTime.getMessage().contains("$.snapshots[0].taken"), badTime.getMessage());
        MapFileException noMap = assertThrows(MapFileException.class, () -> read("""
                {"format": "touchmap", "formatVersion": 1, "title": "T",
                 "snapshots": [{"name": "a", "taken": "2026-01-01T00:00:00Z"}]}
                """));
        assertTrue(noMap.getMessage().contains("map"), noMap.getMessage());
    }

    @Test
    void aWrongValueInsideASnapshotMapIsNamedByItsPath() {
        MapFileException e = assertThrows(MapFileException.class, () -> read("""
                {"format": "touchmap", "formatVersion": 1, "title": "T",
                 "snapshots": [{"name": "a", "taken": "2026-01-01T00:00:00Z", "map": {"title": 5}}]}
                """));
        assertTrue(e.getMessage().contains("$.snapshots[0].map.title"), e.getMessage());
    }

    @Test
    void aBrokenReferenceInsideASnapshotMapIsNamedByItsPath() {
        MapFileException e = assertThrows(MapFileException.class, () -> read("""
                {"format": "touchmap", "formatVersion": 1, "title": "T",
                 "snapshots": [{"name": "a", "taken": "2026-01-01T00:00:00Z",
                                "map": {"title": "T", "stages": [{"id": "s", "name": "S"}],
                                        "lanes": [{"id": "l", "name": "L"}],
                                        "touchpoints": [{"id": "t", "name": "Card", "stage": "gone", "lane": "l"}]}}]}
                """));
        assertTrue(e.getMessage().contains("$.snapshots[0].map.touchpoints[0]"), e.getMessage());
    }

    @Test
    void aSnapshotKeepsTheVoteOfItsTimeEvenOnACardDeletedSince() throws Exception {
        JourneyMap map = workshopMap();
        map.setVoting(Voting.NONE.withParticipant("Anna").withDotsAdded("Anna", "tp-bot", 2));
        map.addSnapshot(2, Snapshot.take("voted", Instant.parse("2026-11-24T10:00:00Z"), map));
        map.setVoting(Voting.NONE.withParticipant("Anna").withDotsAdded("Anna", "tp-phone", 1));
        map.removeTouchpoint("tp-bot");

        JourneyMap back = MapJson.read(MapJson.write(map), "t.cjm");

        assertEquals(map, back);
        assertEquals(2, back.snapshots().get(2).map().voting().ballots().get(0).dots().get("tp-bot"));
        assertEquals(1, back.voting().ballots().get(0).dots().get("tp-phone"));
    }

    private static JourneyMap read(String file) throws MapFileException {
        return MapJson.read(file.getBytes(StandardCharsets.UTF_8), "t.cjm");
    }
}
