package org.touchmap.ui;

import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;

import static org.junit.jupiter.api.Assertions.*;

/** The lane panel's "Holds" changes the lane's kind, in the first map opened and in every one after it. */
@ExtendWith(ApplicationExtension.class)
class LaneKindWindowTest {
    @TempDir
    Path folder;

    private WindowHarness harness;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage);
        window = harness.window;
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        harness.forgetPreferences();
    }

    private Path mapWithThoughts(String name) throws Exception {
        JourneyMap map = window.document().map().copy();
        Lane thoughts = new Lane("thoughts", "Thoughts");
        thoughts.setKind(LaneKind.THOUGHTS);
        map.addLane(thoughts);
        map.addNote(new Note("n1", "Is it far?", map.stages().get(0).id(), "thoughts"));
        Path file = folder.resolve(name);
        MapFiles.save(map, file);
        return file;
    }

    private void chooseKind(FxRobot robot, LaneKind kind) {
        robot.interact(() -> window.canvas().selection().selectLane("thoughts"));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Object> box = robot.lookup("#lane-kind").queryAs(ComboBox.class);
        Object choice = box.getItems().stream().filter(item -> item.toString().equals("Feelings")).findFirst()
                .orElseThrow(() -> new AssertionError("offered: " + box.getItems()));
        robot.interact(() -> box.getSelectionModel().select(choice));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theKindChangesInTheFirstMapAndInTheNextOneOpened(FxRobot robot) throws Exception {
        Path first = mapWithThoughts("first.cjm");
        Path second = mapWithThoughts("second.cjm");
        robot.interact(() -> assertTrue(window.open(first)));
        chooseKind(robot, LaneKind.FEELINGS);
        assertEquals(LaneKind.FEELINGS, window.document().map().lane("thoughts").kind());

        robot.interact(() -> window.document().commands().markSaved());
        robot.interact(() -> assertTrue(window.open(second)));
        chooseKind(robot, LaneKind.FEELINGS);

        assertEquals(LaneKind.FEELINGS, window.document().map().lane("thoughts").kind(), "the second map's lane too");
        assertTrue(window.document().isDirty());
    }
}
