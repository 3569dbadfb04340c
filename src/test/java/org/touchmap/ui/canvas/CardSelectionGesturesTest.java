package org.touchmap.ui.canvas;

import java.util.List;
import java.util.Set;

import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.edit.Placement;
import org.touchmap.layout.GridSnap;
import org.touchmap.layout.Rect;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

/** Selecting, moving and looking around on the canvas with mouse and keys. */
@ExtendWith(ApplicationExtension.class)
class CardSelectionGesturesTest {
    private EditableCanvas fixture;

    @Start
    void start(Stage stage) {
        fixture = new EditableCanvas(stage);
    }

    @Test
    void rubberBandOverEmptyCanvasSelectsTheCardsItTouches(FxRobot robot) {
        Point2D from = fixture.cellPoint(robot, "compare", "online", 6, 6);
        Point2D to = fixture.cardCentre(robot, "tp-phone");
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        assertEquals(Set.of("tp-blog", "tp-reviews", "tp-phone"), fixture.selection.touchpoints());
        assertFalse(robot.lookup(".rubber-band").query().isVisible(), "the band is gone after the release");

        Point2D elsewhere = fixture.cellPoint(robot, "awareness", "online", 6, 6);
        robot.press(KeyCode.SHIFT).drag(elsewhere, MouseButton.PRIMARY)
                .moveTo(fixture.cardCentre(robot, "tp-ad")).release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        assertEquals(Set.of("tp-blog", "tp-reviews", "tp-phone", "tp-ad"), fixture.selection.touchpoints(),
                "Shift adds to the selection");
        fixture.assertConsistent();
    }

    @Test
    void clickWithoutDragOnOneOfSeveralSelectedCardsSelectsItAlone(FxRobot robot) {
        robot.clickOn(fixture.cardCentre(robot, "tp-blog"));
        robot.press(KeyCode.SHIFT).clickOn(fixture.cardCentre(robot, "tp-phone")).release(KeyCode.SHIFT);
        assertEquals(Set.of("tp-blog", "tp-phone"), fixture.selection.touchpoints());
        robot.sleep(600);
        robot.clickOn(fixture.cardCentre(robot, "tp-blog"));
        assertEquals(Set.of("tp-blog"), fixture.selection.touchpoints());
        robot.press(KeyCode.SHIFT).clickOn(fixture.cardCentre(robot, "tp-blog")).release(KeyCode.SHIFT);
        assertTrue(fixture.selection.touchpoints().isEmpty(), "Shift-click takes a selected card out");
    }

    @Test
    void controlASelectsEveryCardAndEscapeLetsGo(FxRobot robot) {
        robot.clickOn(fixture.cardCentre(robot, "tp-ad"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        assertEquals(fixture.map().touchpoints().size(), fixture.selection.touchpoints().size());
        robot.type(KeyCode.ESCAPE);
        assertTrue(fixture.selection.touchpoints().isEmpty());
    }

    @Test
    void clickOnAnEmptyCellLetsGoOfCardsAndSelectsTheStage(FxRobot robot) {
        robot.clickOn(fixture.cardCentre(robot, "tp-ad"));
        robot.clickOn(fixture.cellPoint(robot, "decide", "online", 8, 8));
        assertTrue(fixture.selection.touchpoints().isEmpty());
        assertEquals("decide", fixture.selection.stage().get());
        robot.clickOn(fixture.cardCentre(robot, "tp-ad"));
        assertNull(fixture.selection.stage().get(), "selecting a card lets go of the stage");
    }

    @Test
    void draggingACardToTheNextStageMovesItAndOneUndoBringsItBack(FxRobot robot) {
        Placement before = Placement.of(fixture.map().touchpoint("tp-ad"));
        Rect target = fixture.canvas.mapLayout().cell("search", "offline").orElseThrow();
        robot.drag(fixture.cardCentre(robot, "tp-ad"), MouseButton.PRIMARY)
                .moveTo(fixture.screen(robot, target.x() + 110, target.y() + 60))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        fixture.assertConsistent();

        Touchpoint ad = fixture.map().touchpoint("tp-ad");
        assertEquals(List.of("search", "offline"), List.of(ad.stageId(), ad.laneId()));
        assertEquals(0, ad.x() % GridSnap.DEFAULT.step(), "snapped to the grid");
        assertEquals(0, robot.lookup(".card").queryAllAs(CardNode.class).stream()
                .filter(card -> card.getTranslateX() != 0 || card.getTranslateY() != 0).count(),
                "no card is left shifted by the drag");

        robot.interact(() -> fixture.document.commands().undo());
        assertEquals(before, Placement.of(fixture.map().touchpoint("tp-ad")));
        assertFalse(fixture.document.commands().canUndo(), "the whole drag was one step");
    }

    @Test
    void aCardJustClickedCanBeDraggedRightAway(FxRobot robot) {
        robot.clickOn(fixture.cardCentre(robot, "tp-search"));
        robot.drag(fixture.cardCentre(robot, "tp-search"), MouseButton.PRIMARY).moveBy(40, 0)
                .release(MouseButton.PRIMARY);
        assertEquals(40, fixture.map().touchpoint("tp-search").x(), "the press counted as a second click, not as no drag");
        fixture.assertConsistent();
    }

    @Test
    void draggingOneOfSeveralSelectedCardsMovesThemAll(FxRobot robot) {
        robot.clickOn(fixture.cardCentre(robot, "tp-blog"));
        robot.press(KeyCode.SHIFT).clickOn(fixture.cardCentre(robot, "tp-reviews")).release(KeyCode.SHIFT);
        Rect blog = fixture.canvas.mapLayout().card("tp-blog").orElseThrow().bounds();
        robot.drag(fixture.cardCentre(robot, "tp-blog"), MouseButton.PRIMARY)
                .moveTo(fixture.screen(robot, blog.centerX() + 24, blog.centerY()))
                .release(MouseButton.PRIMARY);
        fixture.assertConsistent();
        assertEquals(Set.of("tp-blog", "tp-reviews"), fixture.selection.touchpoints(), "both stay selected");
        assertEquals(24, fixture.map().touchpoint("tp-blog").x());
        assertEquals(24, fixture.map().touchpoint("tp-reviews").x());
        assertEquals("compare", fixture.map().touchpoint("tp-reviews").stageId());
    }

    @Test
    void arrowKeysNudgeByAGridStepAndConsecutiveNudgesAreOneUndoStep(FxRobot robot) {
        robot.clickOn(fixture.cardCentre(robot, "tp-page"));
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.DOWN);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        fixture.assertConsistent();
        Touchpoint page = fixture.map().touchpoint("tp-page");
        double step = GridSnap.DEFAULT.step();
        assertEquals(2 * step + 4 * step, page.x());
        assertEquals(step, page.y());
        robot.type(KeyCode.UP).type(KeyCode.UP);
        assertEquals(0, fixture.map().touchpoint("tp-page").y(), "never above the cell's corner");

        robot.interact(() -> fixture.document.commands().undo());
        assertEquals(0, fixture.map().touchpoint("tp-page").x());
        assertFalse(fixture.document.commands().canUndo());
    }

    @Test
    void deleteKeyRemovesTheSelectedCardsAndUndoRestoresTheirChainLinks(FxRobot robot) {
        var linksBefore = fixture.map().chain("ch-first-visit").links();
        robot.clickOn(fixture.cardCentre(robot, "tp-phone"));
        robot.type(KeyCode.DELETE);
        fixture.assertConsistent();
        assertFalse(fixture.map().hasTouchpoint("tp-phone"));
        assertNotEquals(linksBefore, fixture.map().chain("ch-first-visit").links());

        robot.interact(() -> fixture.document.commands().undo());
        assertEquals(linksBefore, fixture.map().chain("ch-first-visit").links());
        fixture.assertConsistent();
    }

    @Test
    void clickingTheMapGivesTheCanvasTheKeyboard(FxRobot robot) {
        robot.clickOn(fixture.cellPoint(robot, "search", "offline", 8, 8));
        assertTrue(fixture.canvas.isFocused(), "not the scroll pane, which would eat the arrow keys");
    }

    @Test
    void middleDragPansTheView(FxRobot robot) {
        robot.interact(() -> fixture.canvas.navigation().setZoom(2));
        ScrollPane scroll = robot.lookup(".map-scroll-pane").queryAs(ScrollPane.class);
        double h = scroll.getHvalue();
        double v = scroll.getVvalue();
        Point2D centre = new Point2D(scroll.localToScreen(scroll.getBoundsInLocal()).getCenterX(),
                scroll.localToScreen(scroll.getBoundsInLocal()).getCenterY());
        robot.drag(centre, MouseButton.MIDDLE).moveBy(-200, -150).release(MouseButton.MIDDLE);
        assertTrue(scroll.getHvalue() > h, "dragging left shows more to the right");
        assertTrue(scroll.getVvalue() > v);
        assertTrue(fixture.selection.touchpoints().isEmpty(), "panning selects nothing");
    }

    @Test
    void zoomAroundAPointKeepsThatPointUnderThePointer(FxRobot robot) {
        Rect doctor = fixture.canvas.mapLayout().card("tp-doctor").orElseThrow().bounds();
        Point2D before = fixture.screen(robot, doctor.centerX(), doctor.centerY());
        // Large enough that the map can scroll both ways to keep the point in place.
        robot.interact(() -> fixture.canvas.navigation().zoomAround(3, doctor.centerX(), doctor.centerY()));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D after = fixture.screen(robot, doctor.centerX(), doctor.centerY());
        assertEquals(3, fixture.canvas.navigation().getZoom(), 1e-9);
        assertEquals(before.getX(), after.getX(), 1.5);
        assertEquals(before.getY(), after.getY(), 1.5);

        robot.clickOn(fixture.cardCentre(robot, "tp-doctor"));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.MINUS).type(KeyCode.DIGIT0)
                .release(KeyCode.CONTROL);
        assertEquals(1.0, fixture.canvas.navigation().getZoom(), 1e-9, "Ctrl+0 is back to 100 %");
    }
}
