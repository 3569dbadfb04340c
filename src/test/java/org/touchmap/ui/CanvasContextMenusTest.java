package org.touchmap.ui;

import java.util.List;
import java.util.Set;
import java.util.prefs.BackingStoreException;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.touchmap.layout.Rect;
import org.touchmap.model.MapInvariants;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

/** Right-clicking a card or an empty cell offers what the Edit menu offers, for that card or place. */
@ExtendWith(ApplicationExtension.class)
class CanvasContextMenusTest {
    private WindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage);
    }

    @AfterEach
    void mapStaysConsistent() throws BackingStoreException {
        assertEquals(List.of(), MapInvariants.problems(harness.map()));
        harness.forgetPreferences();
    }

    @Test
    void rightClickingACardSelectsItAndItsMenuDuplicatesIt(FxRobot robot) {
        robot.clickOn(harness.onScreen(box("tp-ad")));
        int cards = harness.map().touchpoints().size();

        harness.requestContextMenu(robot, box("tp-phone"));
        assertEquals(Set.of("tp-phone"), harness.window.canvas().selectedTouchpointIds(),
                "a card outside the selection is about itself alone");
        robot.clickOn("Duplicate");

        assertEquals(cards + 1, harness.map().touchpoints().size());
        Touchpoint copy = harness.map().touchpoints().get(cards);
        assertEquals(harness.map().touchpoint("tp-phone").name(), copy.name());
    }

    @Test
    void rightClickingAnEmptyCellAddsACardThereAndOpensItsName(FxRobot robot) {
        Rect cell = harness.window.canvas().mapLayout().cell("awareness", "offline").orElseThrow();
        harness.requestContextMenu(robot, cell);
        robot.clickOn("Add a card here");
        robot.write("Poster in the pharmacy").type(KeyCode.ENTER);

        Touchpoint added = harness.map().touchpoints().get(harness.map().touchpoints().size() - 1);
        assertEquals("Poster in the pharmacy", added.name());
        assertEquals("awareness", added.stageId());
        assertEquals("offline", added.laneId());
    }

    private Rect box(String touchpointId) {
        return harness.window.canvas().mapLayout().card(touchpointId).orElseThrow().bounds();
    }
}
