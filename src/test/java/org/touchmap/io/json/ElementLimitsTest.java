package org.touchmap.io.json;

import org.touchmap.io.LoadFailures;
import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Stage;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A map holds at most so many elements of each kind: a file beyond is refused on reading, before
 * any element is read, and a map beyond is never saved, so every saved map opens again.
 */
class ElementLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void aFileWithMoreStagesThanAMapMayHoldIsRefusedNamingBothCounts() throws Exception {
        ObjectNode root = clinic();
        ArrayNode stages = (ArrayNode) root.get("stages");
        while (stages.size() <= ElementLimits.MAX_STAGES) {
            stages.addObject().put("id", "extra-" + stages.size()).put("name", "Extra " + stages.size());
        }

        MapFileException e = LoadFailures.assertLoadFails(write(root, "stages.cjm"), "count.tooManyStages");

        assertTrue(e.getMessage().contains("1001 stages, more than the 1000"), e.getMessage());
        assertTrue(e.getMessage().contains("split the map"), e.getMessage());
    }

    @Test
    void aFileWithMoreNotesThanAMapMayHoldIsRefusedNamingBothCounts() throws Exception {
        ObjectNode root = clinic();
        root.put("formatVersion", 2);
        ((ArrayNode) root.get("lanes")).addObject().put("id", "thoughts").put("name", "Thoughts").put("kind", "thoughts");
        ArrayNode notes = root.putArray("notes");
        while (notes.size() <= ElementLimits.MAX_NOTES) {
            notes.addObject().put("id", "n" + notes.size()).put("stage", "search").put("lane", "thoughts")
                    .put("text", "?");
        }

        MapFileException e = LoadFailures.assertLoadFails(write(root, "notes.cjm"), "count.tooManyNotes");

        assertTrue(e.getMessage().contains("100001 notes, more than the 100000"), e.getMessage());
    }

    @Test
    void aFileFarBeyondALimitIsRefusedAsSoonAsTheElementTooManyIsReadNamingTheFullCount() throws Exception {
        ObjectNode root = clinic();
        ArrayNode stages = (ArrayNode) root.get("stages");
        while (stages.size() < 1_500) {
            stages.addObject().put("id", "extra-" + stages.size()).put("name", "Extra " + stages.size());
        }
        // A fault after the stages that building the tree would report first: a key given twice.
        String text = JSON.writeValueAsString(root);
        int touchpoints = text.indexOf("\"touchpoints\":[{") + "\"touchpoints\":[{".length();
        Path file = folder.resolve("far.cjm");
        Files.writeString(file, text.substring(0, touchpoints) + "\"twice\":1,\"twice\":2,"
                + text.substring(touchpoints));

        MapFileException e = LoadFailures.assertLoadFails(file, "count.tooManyStages");

        assertTrue(e.getMessage().contains("1500 stages, more than the 1000"), e.getMessage());
    }

    @Test
    void listsOfTheSameNameInsideAnElementAreNotCountedAsTheMapsOwn() throws Exception {
        ObjectNode root = clinic();
        ArrayNode kept = ((ObjectNode) root.get("touchpoints").get(0)).putArray("stages");
        for (int i = 0; i <= ElementLimits.MAX_STAGES; i++) {
            kept.addObject().put("note", i);
        }

        assertDoesNotThrow(() -> MapFiles.load(write(root, "nested.cjm")));
    }

    @Test
    void linksOfAllChainsAreCountedTogether() throws Exception {
        ObjectNode root = clinic();
        ArrayNode chains = (ArrayNode) root.get("chains");
        String from = root.get("touchpoints").get(0).get("id").asText();
        String to = root.get("touchpoints").get(1).get("id").asText();
        long existing = 0;
        for (int i = 0; i < chains.size(); i++) {
            existing += chains.get(i).get("links").size();
        }
        // Half the remaining allowance in each of two chains, and one link more than the map may hold.
        long missing = ElementLimits.MAX_LINKS - existing + 1;
        for (int c = 0; c < 2; c++) {
            ArrayNode links = chains.addObject().put("id", "many-" + c).put("name", "Many " + c).put("color", "#336699")
                    .putArray("links");
            for (long i = 0; i < (missing + c) / 2; i++) {
                links.addObject().put("from", from).put("to", to);
            }
        }

        MapFileException e = LoadFailures.assertLoadFails(write(root, "links.cjm"), "count.tooManyLinks");

        assertTrue(e.getMessage().contains("100001 links together, more than the 100000"), e.getMessage());
    }

    @Test
    void aMapWithAsManyStagesAndLanesAsAllowedOpens() throws Exception {
        ObjectNode root = clinic();
        ArrayNode stages = (ArrayNode) root.get("stages");
        while (stages.size() < ElementLimits.MAX_STAGES) {
            stages.addObject().put("id", "extra-" + stages.size()).put("name", "Extra " + stages.size());
        }
        ArrayNode lanes = (ArrayNode) root.get("lanes");
        while (lanes.size() < ElementLimits.MAX_LANES) {
            lanes.addObject().put("id", "extra-lane-" + lanes.size()).put("name", "Extra " + lanes.size());
        }

        JourneyMap map = MapFiles.load(write(root, "full.cjm"));

        assertEquals(ElementLimits.MAX_STAGES, map.stages().size());
        assertEquals(ElementLimits.MAX_LANES, map.lanes().size());
    }

    @Test
    void aMapThatCouldNotBeOpenedAgainIsNotSavedAndTheFileStaysAsItWas() throws Exception {
        Path file = folder.resolve("clinic.cjm");
        JourneyMap map = MedicalClinicMap.build();
        MapFiles.save(map, file);
        byte[] saved = Files.readAllBytes(file);
        while (map.lanes().size() <= ElementLimits.MAX_LANES) {
            map.addLane(new Lane("extra-" + map.lanes().size(), "Extra"));
        }

        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.save(map, file));

        assertEquals("count.tooManyLanes", e.key());
        LoadFailures.assertMessageShape(e, file.toString());
        assertArrayEquals(saved, Files.readAllBytes(file));
    }

    @Test
    void anAdditionThatWouldPassALimitIsRefusedBeforeAnythingChanges() {
        JourneyMap map = MedicalClinicMap.build();
        map.addStage(new Stage("one-more", "One more"));
        int room = ElementLimits.MAX_TOUCHPOINTS - map.touchpoints().size();

        assertDoesNotThrow(() -> ElementLimits.check(map, room, "w.xlsx"));
        MapFileException e = assertThrows(MapFileException.class, () -> ElementLimits.check(map, room + 1, "w.xlsx"));

        assertEquals("count.tooManyTouchpoints", e.key());
        LoadFailures.assertMessageShape(e, "w.xlsx");
    }

    private static ObjectNode clinic() throws Exception {
        return (ObjectNode) JSON.readTree(MapJson.write(MedicalClinicMap.build()));
    }

    private Path write(ObjectNode root, String name) throws Exception {
        Path file = folder.resolve(name);
        JSON.writeValue(file.toFile(), root);
        return file;
    }
}
