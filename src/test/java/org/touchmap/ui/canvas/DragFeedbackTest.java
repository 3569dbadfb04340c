package org.touchmap.ui.canvas;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.edit.Placement;
import org.touchmap.layout.Connector;
import org.touchmap.layout.Rect;

import static org.junit.jupiter.api.Assertions.*;

/** What the canvas shows while a gesture runs, before the map changes: arrows that follow, a selection to come. */
@ExtendWith(ApplicationExtension.class)
class DragFeedbackTest {
    private static final double TOLERANCE = 0.001;

    private EditableCanvas fixture;

    @Start
    void start(Stage stage) {
        fixture = new EditableCanvas(stage);
    }

    @Test
    void theArrowsOfADraggedCardFollowItBeforeTheDrop(FxRobot robot) {
        List<ConnectorNode> nodes = arrows(robot);
        List<Connector> laidOut = fixture.canvas.mapLayout().connectors();
        Placement before = Placement.of(fixture.map().touchpoint("tp-page"));
        Rect page = fixture.canvas.mapLayout().card("tp-page").orElseThrow().bounds();

        robot.drag(fixture.cardCentre(robot, "tp-page"), MouseButton.PRIMARY).moveBy(48, 30);
        WaitForAsyncUtils.waitForFxEvents();
        CardNode card = cardNode(robot, "tp-page");
        Rect shown = new Rect(page.x() + card.getTranslateX(), page.y() + card.getTranslateY(),
                page.width(), page.height());
        assertNotEquals(page, shown, "the card is shown moved");
        assertEquals(before, Placement.of(fixture.map().touchpoint("tp-page")), "the map waits for the drop");
        assertEquals(nodes, arrows(robot), "the arrows keep their nodes: nothing is rebuilt");

        int following = 0;
        for (int i = 0; i < nodes.size(); i++) {
            Connector drawn = nodes.get(i).connector();
            if (!drawn.fromTouchpointId().equals("tp-page") && !drawn.toTouchpointId().equals("tp-page")) {
                assertEquals(laidOut.get(i), drawn, "an arrow of other cards stays");
                continue;
            }
            following++;
            Point2D end = drawn.fromTouchpointId().equals("tp-page")
                    ? new Point2D(drawn.start().x(), drawn.start().y())
                    : new Point2D(drawn.arrowTip().x(), drawn.arrowTip().y());
            assertTrue(shown.isOnBorder(new org.touchmap.layout.Point(end.getX(), end.getY()), TOLERANCE),
                    drawn + " is attached to the card where it is shown, " + shown);
            MoveTo first = (MoveTo) nodes.get(i).lookupAll(".connector-line").stream()
                    .map(Path.class::cast).findFirst().orElseThrow().getElements().get(0);
            assertEquals(drawn.start().x(), first.getX(), TOLERANCE, "the line is drawn along the new route");
            assertEquals(drawn.start().y(), first.getY(), TOLERANCE);
        }
        assertEquals(2, following, "the arrow from the ad and the arrow to the chat");

        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, Placement.of(fixture.map().touchpoint("tp-page")));
        assertEquals(fixture.canvas.mapLayout().connectors(),
                arrows(robot).stream().map(ConnectorNode::connector).toList(), "after the drop the layout draws them");
        fixture.assertConsistent();
    }

    @Test
    void twoStackedCardsDraggedToTheBottomOfALaneAreShownApartAndDroppedWhereTheyWereShown(FxRobot robot) {
        robot.clickOn(fixture.cardCentre(robot, "tp-ad"));
        robot.press(KeyCode.SHIFT).clickOn(fixture.cardCentre(robot, "tp-search")).release(KeyCode.SHIFT);
        Rect ad = fixture.canvas.mapLayout().card("tp-ad").orElseThrow().bounds();
        Rect search = fixture.canvas.mapLayout().card("tp-search").orElseThrow().bounds();
        Rect cell = fixture.canvas.mapLayout().cell("awareness", "offline").orElseThrow();

        robot.drag(fixture.cardCentre(robot, "tp-ad"), MouseButton.PRIMARY)
                .moveTo(fixture.cellPoint(robot, "awareness", "offline", cell.width() / 2, cell.height() - 4));
        WaitForAsyncUtils.waitForFxEvents();
        Rect adShown = shownAt(robot, "tp-ad", ad);
        Rect searchShown = shownAt(robot, "tp-search", search);
        assertFalse(adShown.x() < searchShown.maxX() && searchShown.x() < adShown.maxX()
                && adShown.y() < searchShown.maxY() && searchShown.y() < adShown.maxY(),
                "shown apart: " + adShown + ", " + searchShown);

        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("offline", fixture.map().touchpoint("tp-ad").laneId());
        assertEquals("offline", fixture.map().touchpoint("tp-search").laneId());
        assertEquals(adShown, fixture.canvas.mapLayout().card("tp-ad").orElseThrow().bounds(), "dropped as shown");
        fixture.assertConsistent();
    }

    private Rect shownAt(FxRobot robot, String touchpointId, Rect laidOut) {
        CardNode card = cardNode(robot, touchpointId);
        return new Rect(laidOut.x() + card.getTranslateX(), laidOut.y() + card.getTranslateY(),
                laidOut.width(), laidOut.height());
    }

    @Test
    void escapeDuringADragPutsTheArrowsBackAndChangesNothing(FxRobot robot) {
        List<Connector> laidOut = fixture.canvas.mapLayout().connectors();
        robot.drag(fixture.cardCentre(robot, "tp-phone"), MouseButton.PRIMARY).moveBy(-60, 40);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(laidOut, drawnArrows(robot), "the arrows of the phone call follow it");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(laidOut, drawnArrows(robot));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fixture.document.commands().canUndo(), "a cancelled drag is no edit");
        assertEquals(laidOut, drawnArrows(robot));
    }

    @Test
    void cardsUnderTheRubberBandShowSelectedWhileItIsDragged(FxRobot robot) {
        Point2D from = fixture.cellPoint(robot, "compare", "online", 6, 6);
        robot.drag(from, MouseButton.PRIMARY).moveTo(fixture.cardCentre(robot, "tp-phone"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("tp-blog", "tp-reviews", "tp-phone"), shownSelected(robot));
        assertTrue(fixture.selection.touchpoints().isEmpty(), "the selection itself waits for the release");

        robot.moveTo(fixture.cardCentre(robot, "tp-blog"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("tp-blog"), shownSelected(robot), "cards the band leaves are let go again");

        robot.moveTo(fixture.cardCentre(robot, "tp-reviews")).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("tp-blog", "tp-reviews"), fixture.selection.touchpoints());
        assertEquals(Set.of("tp-blog", "tp-reviews"), shownSelected(robot));
    }

    @Test
    void withShiftTheRubberBandPreviewKeepsWhatWasSelected(FxRobot robot) {
        robot.clickOn(fixture.cardCentre(robot, "tp-ad"));
        Point2D from = fixture.cellPoint(robot, "compare", "online", 6, 6);
        robot.press(KeyCode.SHIFT).drag(from, MouseButton.PRIMARY).moveTo(fixture.cardCentre(robot, "tp-blog"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("tp-ad", "tp-blog"), shownSelected(robot));

        robot.release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("tp-ad", "tp-blog"), fixture.selection.touchpoints());
        assertEquals(Set.of("tp-ad", "tp-blog"), shownSelected(robot));
    }

    private static List<ConnectorNode> arrows(FxRobot robot) {
        Node layer = robot.lookup(".connector-layer").query();
        return ((javafx.scene.layout.Pane) layer).getChildren().stream().map(ConnectorNode.class::cast).toList();
    }

    private static List<Connector> drawnArrows(FxRobot robot) {
        return arrows(robot).stream().map(ConnectorNode::connector).toList();
    }

    private static CardNode cardNode(FxRobot robot, String id) {
        return robot.lookup(".card").queryAllAs(CardNode.class).stream()
                .filter(card -> card.touchpointId().equals(id)).findFirst().orElseThrow();
    }

    private static Set<String> shownSelected(FxRobot robot) {
        return robot.lookup(".card").queryAllAs(CardNode.class).stream()
                .filter(CardNode::isSelected).map(CardNode::touchpointId).collect(Collectors.toSet());
    }
}
