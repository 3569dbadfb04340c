package org.touchmap.ui;

import java.util.List;
import java.util.prefs.BackingStoreException;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.touchmap.layout.CardBox;
import org.touchmap.layout.Rect;
import org.touchmap.model.CardOverlaps;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.editor.Document;

import static org.junit.jupiter.api.Assertions.*;

/** What the trial saw: cards landing on top of other cards. Each way, done as a person does it. */
@ExtendWith(ApplicationExtension.class)
class HiddenCardsWindowTest {
    private WindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage);
    }

    @AfterEach
    void forget() throws BackingStoreException {
        harness.forgetPreferences();
    }

    @Test
    void deletingAStageAndMovingItsCardsToThePreviousOneLeavesEveryCardInSightAlsoAfterUndoAndRedo(FxRobot robot) {
        Rect header = harness.window.canvas().mapLayout().columns().stream()
                .filter(column -> column.stageId().equals("compare")).findFirst().orElseThrow().header();
        harness.requestContextMenu(robot, header);
        robot.clickOn("Delete stage…");
        robot.clickOn("Delete");

        assertTrue(harness.map().findStage("compare").isEmpty());
        assertEquals(14, harness.map().touchpoints().size());
        assertNoCardBoxesOverlap();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertTrue(harness.map().findStage("compare").isEmpty());
        assertNoCardBoxesOverlap();
    }

    @Test
    void duplicatingTwoStackedCardsTwicePutsTheCopiesInFreeSpace(FxRobot robot) {
        robot.clickOn(harness.onScreen(box("tp-ad")));
        robot.press(KeyCode.SHIFT).clickOn(harness.onScreen(box("tp-search"))).release(KeyCode.SHIFT);
        for (int i = 0; i < 2; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        }
        assertEquals(18, harness.map().touchpoints().size());
        assertNoCardBoxesOverlap();
    }

    @Test
    void aMapWithHiddenCardsOpensAsItIsAndTidyUpArrangesItInOneUndoStep(FxRobot robot) {
        JourneyMap hidden = harness.map().copy();
        hidden.touchpoint("tp-search").setY(0);
        hidden.touchpoint("tp-chat").setY(10);
        robot.interact(() -> harness.window.show(new Document(hidden, null)));
        assertEquals(2, CardOverlaps.problems(harness.map()).size(), "the file's places are kept on opening");

        robot.clickOn("Structure").clickOn("Tidy up");
        assertEquals(List.of(), CardOverlaps.problems(harness.map()));
        assertNoCardBoxesOverlap();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(2, CardOverlaps.problems(harness.map()).size(), "one undo step");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals(List.of(), CardOverlaps.problems(harness.map()));
    }

    private Rect box(String touchpointId) {
        return harness.window.canvas().mapLayout().card(touchpointId).orElseThrow().bounds();
    }

    /** What a person sees: no card's box on the canvas covers another's. */
    private void assertNoCardBoxesOverlap() {
        List<CardBox> cards = harness.window.canvas().mapLayout().cards();
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                Rect a = cards.get(i).bounds();
                Rect b = cards.get(j).bounds();
                boolean overlap = a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
                assertFalse(overlap, cards.get(i).touchpointId() + " covers " + cards.get(j).touchpointId());
            }
        }
    }
}
