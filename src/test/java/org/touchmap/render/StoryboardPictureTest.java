package org.touchmap.render;

import org.junit.jupiter.api.Test;
import org.touchmap.io.pictures.PictureIntake;
import org.touchmap.io.pictures.TestPictures;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.MapLayouter;
import org.touchmap.layout.NoteBox;
import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/** A storyboard frame shows its picture above its caption, on the canvas's layout and in every picture. */
class StoryboardPictureTest {

    @Test
    void theFramesPictureIsLaidOutAboveTheCaptionAndPaintedInThePng() throws Exception {
        JourneyMap map = SampleMaps.english();
        Lane storyboard = new Lane("story", "Storyboard");
        storyboard.setKind(LaneKind.STORYBOARD);
        map.addLane(storyboard);
        Note frame = new Note("frame", "At the door", map.stages().get(0).id(), "story");
        frame.setPicture(PictureIntake.fromFile(TestPictures.png(400, 300, new Color(0x12, 0x34, 0x56)), "door.png"));
        map.addNote(frame);

        NoteBox box = MapLayouter.layout(map, LayoutSettings.defaults()).notes().get(0);
        Rect picture = box.picture();
        assertNotNull(picture);
        assertEquals(400.0 / 300, picture.width() / picture.height(), 0.01, "the picture keeps its shape");
        assertTrue(picture.maxY() < box.textTop(), "the caption is below the picture");
        assertTrue(box.bounds().contains(picture), "the note holds its picture");

        BufferedImage image = PngExport.image(map, PictureOptions.defaults(Locale.ENGLISH).withScale(1));
        assertEquals(0x123456, image.getRGB((int) picture.centerX(), (int) picture.centerY()) & 0xffffff);
    }
}
