package org.touchmap.io.json;

import org.junit.jupiter.api.Test;
import org.touchmap.io.MapFileException;
import org.touchmap.io.pictures.PictureIntake;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;
import org.touchmap.model.Picture;
import org.touchmap.model.Stage;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.*;

/** A storyboard frame's picture is kept in the file as base64, read back equal, and checked on the way in. */
class StoryboardFileTest {

    private static JourneyMap withFrame(Picture picture) {
        JourneyMap map = new JourneyMap("Clinic");
        map.addStage(new Stage("visit", "Visit"));
        Lane storyboard = new Lane("story", "Storyboard");
        storyboard.setKind(LaneKind.STORYBOARD);
        map.addLane(storyboard);
        Note frame = new Note("f1", "The waiting room", "visit", "story");
        frame.setPicture(picture);
        map.addNote(frame);
        return map;
    }

    private static String file(String type, String data) {
        return """
                {"format": "touchmap", "formatVersion": 2, "title": "T",
                 "stages": [{"id": "s", "name": "S"}],
                 "lanes": [{"id": "story", "name": "Storyboard", "kind": "storyboard"}],
                 "touchpoints": [], "chains": [],
                 "notes": [{"id": "f", "stage": "s", "lane": "story", "text": "x",
                            "picture": {"type": "%s", "data": "%s"}}]}
                """.formatted(type, data);
    }

    private static MapFileException refused(String content) {
        return assertThrows(MapFileException.class,
                () -> MapJson.read(content.getBytes(StandardCharsets.UTF_8), "story.cjm"));
    }

    @Test
    void aFrameWithItsPictureIsWrittenAndReadBackEqualByteForByte() throws Exception {
        Picture picture = PictureIntake.fromFile(
                org.touchmap.io.pictures.TestPictures.png(300, 200, Color.GREEN), "room.png");
        JourneyMap map = withFrame(picture);

        byte[] written = MapJson.write(map);
        JourneyMap read = MapJson.read(written, "story.cjm");

        assertEquals(map, read);
        assertEquals(picture, read.findNote("f1").orElseThrow().picture());
        assertArrayEquals(written, MapJson.write(read));
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("\"type\": \"png\""));
    }

    @Test
    void badPicturesInAFileAreRefusedWithOneMessageNamingTheirPlace() throws Exception {
        String bomb = Base64.getEncoder().encodeToString(
                org.touchmap.io.pictures.TestPictures.bomb(50_000, 50_000));
        String big = Base64.getEncoder().encodeToString(
                org.touchmap.io.pictures.TestPictures.png(900, 100, Color.RED));
        String small = Base64.getEncoder().encodeToString(
                org.touchmap.io.pictures.TestPictures.png(10, 10, Color.RED));

        MapFileException header = refused(file("png", bomb));
        assertEquals("picture.tooManyPixels", header.key());
        assertTrue(header.getMessage().contains("notes[0].picture.data"), header.getMessage());
        assertEquals("picture.tooManyPixels", refused(file("png", big)).key(), "larger than a frame is kept");
        assertEquals("picture.notAPicture", refused(file("png", "not base64!")).key());
        assertEquals("picture.notAPicture", refused(file("gif", small)).key());
        assertEquals("picture.notAPicture", refused(file("jpeg", small)).key(), "a PNG that claims to be a JPEG");
        assertEquals("picture.notAPicture", refused(file("png",
                Base64.getEncoder().encodeToString("<svg/>".getBytes(StandardCharsets.UTF_8)))).key());
        assertDoesNotThrow(() -> MapJson.read(file("png", small).getBytes(StandardCharsets.UTF_8), "ok.cjm"));
    }
}
