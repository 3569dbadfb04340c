package org.touchmap.ui;

import java.util.List;
import java.util.prefs.BackingStoreException;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.layout.LaneRow;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Presenter mode keeps its secret: the room sees only what has been revealed, with the map's
 * title, persona and lane labels always in the frame, and nothing of the editor around it.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterSecretWindowTest {
    private static final String FIRST_VISIT = "ch-first-visit";
    private WindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage);
    }

    @AfterEach
    void leaveAndForget(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> harness.window.presenter().leave());
        harness.forgetPreferences();
    }

    @Test
    void alongAChainAnArrowAppearsWithTheCardItLeadsToAndNotBefore(FxRobot robot) {
        robot.interact(() -> harness.window.canvas().selection().selectChain(FIRST_VISIT));
        press(robot, KeyCode.F5);
        assertEquals(0, drawnArrows(robot), "step 0 shows no arrow");

        int cards = harness.map().chain(FIRST_VISIT).touchpointIds().size();
        for (int shown = 1; shown <= cards; shown++) {
            press(robot, KeyCode.PAGE_DOWN);
            assertEquals(shown - 1, drawnArrows(robot), "arrows drawn with " + shown + " cards shown");
        }
    }

    @Test
    void stageByStageNoArrowIsDrawnBeforeItsCards(FxRobot robot) {
        press(robot, KeyCode.F5);
        assertEquals(0, drawnArrows(robot), "step 0 shows no arrow");
        press(robot, KeyCode.PAGE_DOWN);
        assertEquals(0, drawnArrows(robot), "the first stage's two cards are not linked to each other");
    }

    @Test
    void everyStepFramesTheTitlePersonaAndLaneLabelsWithTheRevealedCards(FxRobot robot) {
        robot.interact(() -> harness.window.canvas().selection().selectChain(FIRST_VISIT));
        press(robot, KeyCode.F5);
        List<String> chain = harness.map().chain(FIRST_VISIT).touchpointIds();
        for (int shown = 0; shown <= chain.size(); shown++) {
            MapLayout layout = harness.window.canvas().mapLayout();
            String when = "at step " + shown;
            assertInFrame(layout.titleBox(), "the title " + when);
            assertInFrame(layout.personaBand().orElseThrow().bounds(), "the persona " + when);
            for (LaneRow row : layout.rows()) {
                assertInFrame(row.header(), "lane " + row.laneId() + " " + when);
            }
            for (String id : chain.subList(0, shown)) {
                assertInFrame(layout.card(id).orElseThrow().bounds(), id + " " + when);
            }
            press(robot, KeyCode.PAGE_DOWN);
        }
    }

    @Test
    void noScrollBarIsShownWhilePresenting(FxRobot robot) {
        robot.interact(() -> harness.window.canvas().selection().selectChain(FIRST_VISIT));
        press(robot, KeyCode.F5, KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN);
        assertTrue(robot.lookup(".map-scroll-pane .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .noneMatch(PresenterSecretWindowTest::isDrawn), "no scroll bar");

        press(robot, KeyCode.ESCAPE);
        robot.interact(() -> harness.window.canvas().navigation().setZoom(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".map-scroll-pane .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .anyMatch(PresenterSecretWindowTest::isDrawn), "the editor scrolls as before");
    }

    @Test
    void theStepBadgeCoversNeitherTheMapNorTheEmotionCurve(FxRobot robot) {
        robot.interact(() -> harness.window.canvas().selection().selectChain(FIRST_VISIT));
        press(robot, KeyCode.F5);
        Node badge = robot.lookup("#presenter-badge").query();
        for (int step = 0; step <= 2; step++) {
            Bounds onScreen = badge.localToScreen(badge.getBoundsInLocal());
            Bounds map = screenBounds(harness.window.canvas());
            Bounds curve = screenBounds(robot.lookup("#emotion-strip").query());
            assertFalse(overlap(onScreen, map), "over the map at step " + step + ": " + onScreen + " " + map);
            assertFalse(overlap(onScreen, curve), "over the curve at step " + step + ": " + onScreen + " " + curve);
            press(robot, KeyCode.PAGE_DOWN);
        }
    }

    @Test
    void theNewestCardOffersNoHandleToEditItUntilThePresenterEdits(FxRobot robot) {
        robot.interact(() -> harness.window.canvas().selection().selectChain(FIRST_VISIT));
        press(robot, KeyCode.F5, KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN);
        assertTrue(robot.lookup(".connection-handle").queryAll().stream().noneMatch(PresenterSecretWindowTest::isDrawn),
                "no handle to draw a link from");
        assertTrue(robot.lookup(".card-focus").queryAll().stream().noneMatch(PresenterSecretWindowTest::isDrawn),
                "no selection ring: the glow marks the newest card");

        press(robot, KeyCode.E);
        assertTrue(robot.lookup(".card-focus").queryAll().stream().anyMatch(PresenterSecretWindowTest::isDrawn),
                "while editing, the selected card shows its ring as in the editor");
    }

    /** Keys as a presenter's clicker sends them, then the pulses that follow, as on a real screen. */
    private static void press(FxRobot robot, KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
        WaitForAsyncUtils.waitForFxEvents(4);
    }

    private void assertInFrame(Rect box, String what) {
        Bounds view = screenBounds(harness.window.canvas());
        var topLeft = harness.onScreen(box.x(), box.y());
        var bottomRight = harness.onScreen(box.maxX(), box.maxY());
        Bounds onScreen = new BoundingBox(topLeft.getX(), topLeft.getY(), bottomRight.getX() - topLeft.getX(),
                bottomRight.getY() - topLeft.getY());
        assertTrue(view.getMinX() <= onScreen.getMinX() + 1 && onScreen.getMaxX() <= view.getMaxX() + 1
                && view.getMinY() <= onScreen.getMinY() + 1 && onScreen.getMaxY() <= view.getMaxY() + 1,
                what + " lies in the view: " + onScreen + " in " + view);
    }

    /** Whether two boxes share some area; touching edges do not. */
    private static boolean overlap(Bounds a, Bounds b) {
        return a.getMinX() < b.getMaxX() && b.getMinX() < a.getMaxX() && a.getMinY() < b.getMaxY()
                && b.getMinY() < a.getMaxY();
    }

    private static Bounds screenBounds(Node node) {
        return node.localToScreen(node.getLayoutBounds());
    }

    private static long drawnArrows(FxRobot robot) {
        return robot.lookup(".connector").queryAll().stream().filter(PresenterSecretWindowTest::isDrawn).count();
    }

    /** Whether a person sees the node: it and all its parents shown and not transparent. */
    private static boolean isDrawn(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() < 0.01) {
                return false;
            }
        }
        return true;
    }
}
