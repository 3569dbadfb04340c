package org.touchmap.io.json;

import org.junit.jupiter.api.Test;
import org.touchmap.io.MapFileException;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;
import org.touchmap.model.Snapshot;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The notes of notes lanes in the file: where they may sit, and the version they need. */
class NotesFileTest {
    private static String v2(String lanes, String notes) {
        return """
                {"format": "touchmap", "formatVersion": 2, "title": "T",
                 "stages": [{"id": "s1", "name": "Search"}],
                 "lanes": [%s], "touchpoints": [], "chains": [], "notes": [%s]}
                """.formatted(lanes, notes);
    }

    private static MapFileException refused(String content) {
        return assertThrows(MapFileException.class,
                () -> MapJson.read(content.getBytes(StandardCharsets.UTF_8), "notes.cjm"));
    }

    @Test
    void aNoteReadsIntoItsLaneAndStage() throws Exception {
        JourneyMap map = MapJson.read(v2("{\"id\": \"t\", \"name\": \"Thoughts\", \"kind\": \"thoughts\"}",
                "{\"id\": \"n1\", \"stage\": \"s1\", \"lane\": \"t\", \"text\": \"Is it far?\"}")
                .getBytes(StandardCharsets.UTF_8), "notes.cjm");
        Note note = map.notes().get(0);
        assertEquals(List.of("n1", "Is it far?", "s1", "t"), List.of(note.id(), note.name(), note.stageId(),
                note.laneId()));
        assertEquals(LaneKind.THOUGHTS, map.lane("t").kind());
    }

    @Test
    void aNotesFieldOfANewerTouchmapSurvivesLoadAndSave() throws Exception {
        byte[] content = v2("{\"id\": \"t\", \"name\": \"Thoughts\", \"kind\": \"thoughts\"}",
                "{\"id\": \"n1\", \"stage\": \"s1\", \"lane\": \"t\", \"text\": \"x\", \"sticker\": 2.50}")
                .getBytes(StandardCharsets.UTF_8);
        String saved = new String(MapJson.write(MapJson.read(content, "notes.cjm")), StandardCharsets.UTF_8);
        assertTrue(saved.contains("\"text\": \"x\",\n      \"sticker\": 2.50"), saved);
    }

    @Test
    void aCardInALaneOfNotesIsRefusedNamingItsPlaceInTheFile() {
        String file = v2("{\"id\": \"t\", \"name\": \"Thoughts\", \"kind\": \"thoughts\"}", "")
                .replace("\"touchpoints\": []", "\"touchpoints\": [{\"id\": \"c\", \"name\": \"Card\", "
                        + "\"stage\": \"s1\", \"lane\": \"t\"}]");
        MapFileException refused = refused(file);

        assertEquals("ref.laneHoldsNoCards", refused.key(), file);
        assertTrue(refused.getMessage().contains("touchpoints[0].lane"), refused.getMessage());
    }

    @Test
    void aNoteOutsideANotesLaneOrMissingItsPlaceIsRefusedWithOneMessage() {
        String cards = "{\"id\": \"t\", \"name\": \"Online\"}";
        String thoughts = "{\"id\": \"t\", \"name\": \"Thoughts\", \"kind\": \"thoughts\"}";
        MapFileException outside = refused(v2(cards, "{\"id\": \"n1\", \"stage\": \"s1\", \"lane\": \"t\", \"text\": \"x\"}"));
        assertEquals("ref.laneHoldsNoNotes", outside.key());
        assertTrue(outside.getMessage().contains("notes[0].lane"), outside.getMessage());
        assertEquals("ref.missingLane", refused(v2(thoughts,
                "{\"id\": \"n1\", \"stage\": \"s1\", \"lane\": \"nowhere\", \"text\": \"x\"}")).key());
        assertEquals("ref.missingStage", refused(v2(thoughts,
                "{\"id\": \"n1\", \"stage\": \"nowhere\", \"lane\": \"t\", \"text\": \"x\"}")).key());
        assertEquals("value.missing", refused(v2(thoughts,
                "{\"id\": \"n1\", \"stage\": \"s1\", \"lane\": \"t\"}")).key());
        assertEquals("ref.duplicateId", refused(v2(thoughts,
                "{\"id\": \"s1\", \"stage\": \"s1\", \"lane\": \"t\", \"text\": \"x\"}")).key());
    }

    @Test
    void notesInASnapshotAloneMakeTheMapVersion2() throws Exception {
        JourneyMap map = MapJson.read(GoldenFileTest.resource("golden/v1.cjm"), "v1.cjm");
        JourneyMap earlier = map.copy();
        Lane thoughts = new Lane("thoughts", "Thoughts");
        thoughts.setKind(LaneKind.THOUGHTS);
        earlier.addLane(thoughts);
        earlier.addNote(new Note("n1", "Too dear?", earlier.stages().get(0).id(), "thoughts"));
        map.setSnapshots(List.of(new Snapshot("Before", Instant.parse("2026-12-01T10:00:00Z"), earlier)));

        String text = new String(MapJson.write(map), StandardCharsets.UTF_8);

        assertTrue(text.contains("\"formatVersion\": 2,"), "the snapshot's notes need version 2");
        assertEquals(map, MapJson.read(text.getBytes(StandardCharsets.UTF_8), "again.cjm"));
    }
}
