package org.touchmap.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.prefs.BackingStoreException;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

/** Presenter mode in the real window: a trainer walks the medical-clinic sample on a projector, keyboard only. */
@ExtendWith(ApplicationExtension.class)
class PresenterModeWindowTest {
    private static final PseudoClass UNREVEALED = PseudoClass.getPseudoClass("unrevealed");
    private static final String FIRST_VISIT = "ch-first-visit";
    private WindowHarness harness;
    private MenuBar menuBar;
    private ToolBar toolBar;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage);
        menuBar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        toolBar = (ToolBar) stage.getScene().getRoot().lookup(".tool-bar");
    }

    /** The stage outlives the test; its next window must not find it full screen with presenter keys on it. */
    @AfterEach
    void leaveAndForget(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> harness.window.presenter().leave());
        harness.forgetPreferences();
    }

    @Test
    void f5ShowsTheMapAloneFullScreenWithNoCardsYet(FxRobot robot) {
        press(robot, KeyCode.F5);

        assertTrue(harness.stage.isFullScreen(), "full screen requested");
        assertFalse(isShowing(menuBar), "no menu bar");
        assertFalse(isShowing(toolBar), "no toolbar");
        assertTrue(robot.lookup("#chain-list").tryQuery().filter(this::isShowing).isEmpty(), "no side panels");
        assertTrue(robot.lookup(".status-line").tryQuery().filter(this::isShowing).isEmpty(), "no status line");
        assertTrue(isShowing(harness.window.canvas()));
        assertEquals(Set.of(), visibleCards(robot), "step 0 shows the headers only");
        assertEquals("Presenting stage by stage · step 0 of 5 · E: edit · Esc: leave", badge(robot));
    }

    @Test
    void stageByStageEachStepRevealsTheNextColumn(FxRobot robot) {
        press(robot, KeyCode.F5);
        press(robot, KeyCode.PAGE_DOWN);
        assertEquals(Set.of("tp-ad", "tp-search"), visibleCards(robot));

        press(robot, KeyCode.SPACE);
        assertEquals(Set.of("tp-ad", "tp-search", "tp-page", "tp-chat"), visibleCards(robot));

        press(robot, KeyCode.LEFT);
        assertEquals(Set.of("tp-ad", "tp-search"), visibleCards(robot));

        press(robot, KeyCode.END);
        assertEquals(allCards(), visibleCards(robot));
        assertTrue(badge(robot).contains("step 5 of 5"), badge(robot));
    }

    @Test
    void aStagesNotesComeInWithItsCardsAndNotBefore(FxRobot robot) {
        robot.interact(() -> {
            var commands = harness.window.document().commands();
            commands.execute(org.touchmap.edit.AddLane.atEnd(new org.touchmap.model.Lane("pains", "Pain points")));
            commands.execute(org.touchmap.edit.LaneProperties.KIND.change("pains",
                    org.touchmap.model.LaneKind.PAIN_POINTS));
            commands.execute(org.touchmap.edit.AddNote.newNote(harness.window.document().map(), "Hidden prices",
                    "search", "pains"));
        });
        press(robot, KeyCode.F5);
        Node note = robot.lookup(".note").query();
        assertTrue(note.getPseudoClassStates().contains(UNREVEALED), "step 0 shows no notes");

        press(robot, KeyCode.PAGE_DOWN);
        assertTrue(note.getPseudoClassStates().contains(UNREVEALED), "the first stage does not give the second away");
        press(robot, KeyCode.PAGE_DOWN);
        assertFalse(robot.lookup(".note").query().getPseudoClassStates().contains(UNREVEALED),
                "the search stage brings its pain point with its cards");
    }

    @Test
    void anEmotionLanesCurveAndAMetricsLanesFiguresGrowWithTheStagesRevealed(FxRobot robot) {
        robot.interact(() -> {
            var commands = harness.window.document().commands();
            for (var kind : java.util.List.of(org.touchmap.model.LaneKind.EMOTION, org.touchmap.model.LaneKind.METRICS)) {
                String id = kind.fileName();
                commands.execute(org.touchmap.edit.AddLane.atEnd(new org.touchmap.model.Lane(id, id)));
                commands.execute(org.touchmap.edit.LaneProperties.KIND.change(id, kind));
            }
        });
        press(robot, KeyCode.F5);
        assertEquals(0, shown(robot, ".emotion-lane-dot"), "step 0 draws none of the curve");
        assertEquals(0, shown(robot, ".lane-figure"), "nor any stage's figures");

        press(robot, KeyCode.PAGE_DOWN);
        press(robot, KeyCode.PAGE_DOWN);
        assertEquals(2, shown(robot, ".emotion-lane-dot"), "a point for each of the two stages revealed");
        assertTrue(shown(robot, ".lane-figure") > 0);
        assertTrue(shown(robot, ".lane-figure") < robot.lookup(".lane-figure").queryAll().size(),
                "the later stages' figures wait for their stages");
    }

    private long shown(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream()
                .filter(node -> !node.getPseudoClassStates().contains(UNREVEALED)).count();
    }

    @Test
    void walkingAChainRevealsItsCardsOneByOneInChainOrderAndGrowsTheEmotionCurve(FxRobot robot) {
        robot.interact(() -> harness.window.canvas().selection().selectChain(FIRST_VISIT));
        press(robot, KeyCode.F5);
        assertTrue(badge(robot).startsWith("Presenting “First visit” · step 0 of 9"), badge(robot));
        assertEquals(Set.of(), visibleCards(robot));
        assertEquals(0, robot.lookup(".emotion-dot").queryAll().size());

        List<String> chain = harness.map().chain(FIRST_VISIT).touchpointIds();
        for (int shown = 1; shown <= chain.size(); shown++) {
            press(robot, KeyCode.PAGE_DOWN);
            assertEquals(Set.copyOf(chain.subList(0, shown)), visibleCards(robot), "after step " + shown);
            assertEquals(Set.of(chain.get(shown - 1)), Set.copyOf(harness.window.canvas().selectedTouchpointIds()),
                    "the newest card is the one in focus");
            assertEquals(shown, robot.lookup(".emotion-dot").queryAll().size(), "the curve grows with the cards");
            assertInView(chain.get(shown - 1));
            assertTrue(robot.lookup(".connection-handle").queryAll().stream().noneMatch(Node::isVisible),
                    "the card in focus offers no handle to connect from while presenting");
        }
        press(robot, KeyCode.PAGE_DOWN);
        assertEquals(chain.size(), visibleCards(robot).size(), "no step past the end");

        press(robot, KeyCode.HOME);
        assertEquals(Set.of(), visibleCards(robot));
    }

    @Test
    void cSwitchesToTheChainAndNWalksTheNextOne(FxRobot robot) {
        press(robot, KeyCode.F5);
        press(robot, KeyCode.C);
        assertEquals(FIRST_VISIT, harness.window.canvas().selection().chain().get());
        press(robot, KeyCode.PAGE_DOWN);
        assertEquals(Set.of("tp-ad"), visibleCards(robot));

        press(robot, KeyCode.N);
        assertEquals("ch-repeat", harness.window.canvas().selection().chain().get());
        press(robot, KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN);
        assertEquals(Set.of("tp-reminder", "tp-reception"), visibleCards(robot));

        press(robot, KeyCode.C, KeyCode.PAGE_DOWN);
        assertNull(harness.window.canvas().selection().chain().get(), "stage by stage fades no card outside a chain");
        assertEquals(Set.of("tp-ad", "tp-search"), visibleCards(robot));
        assertFalse(robot.lookup("#emotion-strip").query().isVisible());
    }

    @Test
    void escapeRestoresTheWindowWithItsPanelsZoomAndSelection(FxRobot robot) {
        SplitPane workspace = robot.lookup(".split-pane").queryAllAs(SplitPane.class).stream()
                .filter(pane -> pane.getItems().size() == 3).findFirst().orElseThrow();
        robot.interact(() -> {
            harness.window.canvas().navigation().setZoom(1.25);
            harness.window.canvas().selection().selectTouchpoints(List.of("tp-blog"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] dividers = workspace.getDividerPositions();
        double canvasWidth = harness.window.canvas().getWidth();

        press(robot, KeyCode.F5);
        press(robot, KeyCode.C, KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN);
        press(robot, KeyCode.ESCAPE);

        assertFalse(harness.stage.isFullScreen());
        assertTrue(isShowing(menuBar) && isShowing(toolBar));
        assertTrue(robot.lookup("#chain-list").tryQuery().filter(this::isShowing).isPresent());
        assertTrue(isInside(harness.window.canvas(), workspace), "the canvas is back in the workspace");
        assertArrayEquals(dividers, workspace.getDividerPositions(), 0.01);
        assertEquals(canvasWidth, harness.window.canvas().getWidth(), 2);
        assertEquals(1.25, harness.window.canvas().navigation().getZoom(), 1e-9);
        assertEquals(Set.of("tp-blog"), Set.copyOf(harness.window.canvas().selectedTouchpointIds()));
        assertNull(harness.window.canvas().selection().chain().get(), "the chain chosen while presenting is let go");
        harness.showWholeMap(robot);
        assertEquals(allCards(), visibleCards(robot));
    }

    @Test
    void aRatingKeyDoesNothingUntilEThenRatesTheNewestCardAndUndoTakesItBack(FxRobot robot) {
        robot.interact(() -> harness.window.canvas().selection().selectChain(FIRST_VISIT));
        press(robot, KeyCode.F5);
        press(robot, KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN);
        assertEquals(Rating.POSITIVE, touchpoint("tp-page").rating());

        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        robot.type(KeyCode.X, KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.POSITIVE, touchpoint("tp-page").rating(), "the map takes no edits by default");
        assertTrue(harness.map().hasTouchpoint("tp-page"));
        assertEquals(14, harness.map().touchpoints().size(), "typing added no card");

        press(robot, KeyCode.E);
        assertTrue(badge(robot).contains("Editing · E: stop editing"), badge(robot));
        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.NEGATIVE, touchpoint("tp-page").rating());
        assertTrue(cardNode(robot, "tp-page").getStyleClass().contains("negative"), "the card shows it live");
        assertEquals(Set.of("tp-ad", "tp-page"), visibleCards(robot), "still at the same step");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.POSITIVE, touchpoint("tp-page").rating());
    }

    @Test
    void whileEditingF2RenamesTheNewestCardInPlace(FxRobot robot) {
        robot.interact(() -> harness.window.canvas().selection().selectChain(FIRST_VISIT));
        press(robot, KeyCode.F5, KeyCode.PAGE_DOWN);
        press(robot, KeyCode.F2);
        assertTrue(robot.lookup(".in-place-editor").tryQuery().isEmpty(), "no renaming before E");

        press(robot, KeyCode.E, KeyCode.F2);
        robot.interact(() -> ((TextField) robot.lookup(".in-place-editor").query()).selectAll());
        robot.write("Ad on a map app");
        press(robot, KeyCode.ENTER);

        assertEquals("Ad on a map app", touchpoint("tp-ad").name());
        assertEquals(Set.of("tp-ad"), visibleCards(robot), "still presenting the same step");
    }

    @Test
    void theLaserPointerFollowsTheMouseOverTheMapAndLTurnsItOff(FxRobot robot) {
        press(robot, KeyCode.F5);
        Node laser = robot.lookup("#laser-pointer").query();
        Bounds canvas = harness.window.canvas().localToScreen(harness.window.canvas().getLayoutBounds());
        robot.moveTo(new Point2D(canvas.getCenterX(), canvas.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(laser.isVisible());
        assertEquals(Cursor.NONE, harness.window.canvas().getCursor());
        Bounds dot = laser.localToScreen(laser.getBoundsInLocal());
        assertEquals(canvas.getCenterX(), dot.getCenterX(), 2);
        assertEquals(canvas.getCenterY(), dot.getCenterY(), 2);

        press(robot, KeyCode.L);
        assertFalse(laser.isVisible());
        assertNotEquals(Cursor.NONE, harness.window.canvas().getCursor());
    }

    private void press(FxRobot robot, KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
        // The emotion strip redraws in the next layout pass; run it now rather than wait for a pulse.
        robot.interact(() -> {
            harness.stage.getScene().getRoot().applyCss();
            harness.stage.getScene().getRoot().layout();
        });
    }

    private Touchpoint touchpoint(String id) {
        return harness.map().touchpoint(id);
    }

    private Set<String> allCards() {
        Set<String> ids = new HashSet<>();
        harness.map().touchpoints().forEach(tp -> ids.add(tp.id()));
        return ids;
    }

    /** The cards a person in the room can see: not marked unrevealed. */
    private Set<String> visibleCards(FxRobot robot) {
        Set<String> ids = new HashSet<>();
        for (Node card : robot.lookup(".card").queryAll()) {
            if (!card.getPseudoClassStates().contains(UNREVEALED)) {
                ids.add(idOf(card));
            }
        }
        return ids;
    }

    private Node cardNode(FxRobot robot, String id) {
        return robot.lookup(".card").queryAll().stream().filter(card -> idOf(card).equals(id)).findFirst().orElseThrow();
    }

    private String idOf(Node card) {
        // The card's accessible text starts with its name; a card out of view holds no name node.
        String name = card.getAccessibleText().lines().findFirst().orElseThrow();
        return harness.map().touchpoints().stream().filter(tp -> tp.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    private void assertInView(String id) {
        var box = harness.window.canvas().mapLayout().card(id).orElseThrow().bounds();
        Bounds view = harness.window.canvas().localToScreen(harness.window.canvas().getLayoutBounds());
        var centre = harness.onScreen(box);
        assertTrue(view.contains(centre), id + " is scrolled into view");
    }

    private static String badge(FxRobot robot) {
        return robot.lookup("#presenter-badge .label").queryAs(Label.class).getText();
    }

    private boolean isShowing(Node node) {
        if (node == null || node.getScene() != harness.stage.getScene()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }
}
