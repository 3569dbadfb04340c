package org.touchmap.ui;

import java.util.List;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.edit.TouchpointProperties;
import org.touchmap.layout.EmotionCurve;
import org.touchmap.layout.Rect;

import static org.junit.jupiter.api.Assertions.*;

/** The emotion strip under the canvas: the curve of the chain chosen in the chain panel. */
class EmotionStripWindowTest extends SampleWindowTest {
    private static final String FIRST_VISIT = "First visit";
    @Test
    void withoutAnActiveChainTheStripSaysHowToGetACurve(FxRobot robot) {
        Node strip = robot.lookup("#emotion-strip").query();
        assertTrue(strip.isVisible(), "shown by default");
        Label hint = robot.lookup(".emotion-hint").queryAs(Label.class);
        assertTrue(hint.isVisible());
        assertEquals("Select a chain to see its emotion curve", hint.getText());
        assertTrue(dots(robot).isEmpty());
    }

    @Test
    void theActiveChainGetsADotUnderEachCardsStageAndItsDipsMarked(FxRobot robot) {
        chooseChain(robot, FIRST_VISIT);

        List<String> chain = harness.map().chain("ch-first-visit").touchpointIds();
        List<Circle> dots = dots(robot);
        assertEquals(chain, dots.stream().map(dot -> (String) dot.getUserData()).toList());
        assertFalse(robot.lookup(".emotion-hint").queryAs(Label.class).isVisible());
        assertEquals("Emotion curve: First visit", robot.lookup(".emotion-caption").queryAs(Label.class).getText());
        assertTrue(dot(robot, "tp-phone").getStyleClass().contains("negative"), "booking by phone is at −2");
        assertTrue(dot(robot, "tp-doctor").getStyleClass().contains("positive"));
        assertEquals(2, robot.lookup(".emotion-dip").queryAll().size(),
                "chat and phone in a row, and the mailing at the end");
        assertUnderItsStageSlot(robot, "tp-phone");
        assertTrue(centre(dot(robot, "tp-phone")).getCenterY() > centre(dot(robot, "tp-doctor")).getCenterY(),
                "a bad mood lies lower");
    }

    @Test
    void dotsFollowTheCanvasWhenItZoomsAndScrolls(FxRobot robot) {
        chooseChain(robot, FIRST_VISIT);
        robot.interact(() -> harness.window.canvas().navigation().setZoom(1.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertUnderItsStageSlot(robot, "tp-doctor");

        ScrollPane scroll = robot.lookup(".map-scroll-pane").queryAs(ScrollPane.class);
        double before = centre(dot(robot, "tp-doctor")).getCenterX();
        robot.interact(() -> scroll.setHvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(centre(dot(robot, "tp-doctor")).getCenterX() < before - 50, "scrolled to the right");
        assertUnderItsStageSlot(robot, "tp-doctor");
    }

    @Test
    void clickingADotSelectsItsCard(FxRobot robot) {
        chooseChain(robot, FIRST_VISIT);
        robot.clickOn(dot(robot, "tp-phone"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("tp-phone"), Set.copyOf(harness.window.canvas().selectedTouchpointIds()));
    }

    @Test
    void theCurveFollowsEmotionEditsAndUndo(FxRobot robot) {
        chooseChain(robot, FIRST_VISIT);
        robot.interact(() -> harness.window.document().commands()
                .execute(TouchpointProperties.EMOTION.change("tp-doctor", -2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dot(robot, "tp-doctor").getStyleClass().contains("negative"));
        assertEquals(3, robot.lookup(".emotion-dip").queryAll().size());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dot(robot, "tp-doctor").getStyleClass().contains("positive"), "undo brings the good mood back");
    }

    @Test
    void theViewMenuHidesTheStripAndTheShortcutBringsItBack(FxRobot robot) {
        Node strip = robot.lookup("#emotion-strip").query();
        double canvasHeight = harness.window.canvas().getHeight();
        robot.clickOn("View");
        // The strip's own caption says "Emotion curve" too; the click goes to the menu's item.
        robot.clickOn(robot.lookup(".context-menu .menu-item .label").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().equals("Emotion curve")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(strip.isVisible());
        assertTrue(harness.window.canvas().getHeight() > canvasHeight, "the canvas takes the room");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(strip.isVisible());
    }

    private void chooseChain(FxRobot robot, String name) {
        Label chain = robot.lookup("#chain-list .chain-name").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().equals(name)).findFirst().orElseThrow();
        robot.clickOn(chain);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Under its place in its card's stage, which the exports share: see {@link EmotionCurve#samples}. */
    private void assertUnderItsStageSlot(FxRobot robot, String touchpointId) {
        var canvas = harness.window.canvas();
        var chain = harness.map().chain("ch-first-visit");
        double mapX = EmotionCurve.samples(canvas.map(), canvas.mapLayout(), chain).stream()
                .filter(sample -> sample.touchpointId().equals(touchpointId)).findFirst().orElseThrow().x();
        Rect card = canvas.mapLayout().card(touchpointId).orElseThrow().bounds();
        double x = harness.onScreen(mapX, card.centerY()).getX();
        assertEquals(x, centre(dot(robot, touchpointId)).getCenterX(), 1.0, touchpointId + " under its card's stage");
    }

    @Test
    void cardsOfOneStageStandingAboveOneAnotherGetDotsSideBySideInChainOrder(FxRobot robot) {
        chooseChain(robot, FIRST_VISIT);
        double checkIn = centre(dot(robot, "tp-reception")).getCenterX();
        double questionnaire = centre(dot(robot, "tp-form")).getCenterX();
        double consultation = centre(dot(robot, "tp-doctor")).getCenterX();
        assertTrue(checkIn + 20 < questionnaire && questionnaire + 20 < consultation,
                "check-in, questionnaire, consultation read left to right: " + checkIn + ", " + questionnaire + ", "
                        + consultation);
    }

    private static Bounds centre(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }

    private static List<Circle> dots(FxRobot robot) {
        return robot.lookup(".emotion-dot").queryAllAs(Circle.class).stream().toList();
    }

    private static Circle dot(FxRobot robot, String touchpointId) {
        return dots(robot).stream().filter(dot -> touchpointId.equals(dot.getUserData())).findFirst().orElseThrow();
    }
}
