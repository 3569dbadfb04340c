package org.touchmap.ui.canvas;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.touchmap.edit.AddLane;
import org.touchmap.edit.AddNote;
import org.touchmap.edit.LaneProperties;
import org.touchmap.io.pictures.TestPictures;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;

import static org.junit.jupiter.api.Assertions.*;

/** An image file chosen or dropped on a storyboard frame becomes its picture, scaled, in one undo step. */
@ExtendWith(ApplicationExtension.class)
class PictureChoiceTest {
    private EditableCanvas fixture;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        fixture = new EditableCanvas(stage);
    }

    @Test
    void aPhotoFileBecomesTheFramesPictureScaledToTheFrameAndUndoTakesItBack(FxRobot robot) throws Exception {
        Path photo = Files.write(folder.resolve("waiting-room.png"), TestPictures.png(1600, 1200, Color.PINK));
        String[] frame = new String[1];
        robot.interact(() -> {
            fixture.document.commands().execute(AddLane.atEnd(new Lane("story", "Storyboard")));
            fixture.document.commands().execute(LaneProperties.KIND.change("story", LaneKind.STORYBOARD));
            AddNote add = AddNote.newNote(fixture.map(), "The waiting room", "decide", "story");
            fixture.document.commands().execute(add);
            frame[0] = add.noteId();
        });

        robot.interact(() -> new PictureChoice(fixture.editing).fromFile(frame[0], photo.toFile()));

        var picture = fixture.map().findNote(frame[0]).orElseThrow().picture();
        assertNotNull(picture);
        assertEquals(640, picture.width());
        assertEquals(480, picture.height());
        assertNotNull(fixture.canvas.mapLayout().notes().get(0).picture(), "the canvas lays the picture out");
        robot.interact(fixture.document::undo);
        assertNull(fixture.map().findNote(frame[0]).orElseThrow().picture());
        fixture.assertConsistent();
    }
}
