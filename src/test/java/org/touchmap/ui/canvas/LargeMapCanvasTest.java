package org.touchmap.ui.canvas;

import org.touchmap.ui.editor.Document;
import java.util.List;

import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.layout.Connector;
import org.touchmap.model.MapInvariants;

import static org.junit.jupiter.api.Assertions.*;

/** A map with thousands of cards still shows, selecting on it uses the same hit test, and a card drags. */
@ExtendWith(ApplicationExtension.class)
class LargeMapCanvasTest {
    private static final int CARDS = 2000;

    private MapCanvas canvas;
    private Document document;

    @Start
    void start(Stage stage) {
        LargeMapWindow window = LargeMapWindow.show(stage, CARDS);
        canvas = window.canvas();
        document = window.document();
    }

    /** One test only: building the map for each test would double the slowest part of the suite. */
    @Test
    void everyCardOfALargeMapIsShownAndCanBeSelected(FxRobot robot) {
        robot.interact(() -> canvas.navigation().fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
        var cards = robot.lookup(".card").queryAllAs(CardNode.class);
        assertEquals(CARDS, cards.size(), "with the whole map in view every card is drawn");
        robot.interact(() -> canvas.navigation().resetZoom());
        WaitForAsyncUtils.waitForFxEvents();
        CardNode first = cards.stream().filter(card -> card.touchpointId().equals("tp0")).findFirst().orElseThrow();
        robot.clickOn(first);
        assertEquals(java.util.Set.of("tp0"), canvas.selectedTouchpointIds());

        robot.drag(first, MouseButton.PRIMARY).moveBy(45, 10).moveBy(45, 0);
        WaitForAsyncUtils.waitForFxEvents();
        Connector arrow = robot.lookup(".connector").queryAllAs(ConnectorNode.class).stream()
                .map(ConnectorNode::connector).filter(c -> c.fromTouchpointId().equals("tp0")).findFirst().orElseThrow();
        assertEquals(canvas.mapLayout().card("tp0").orElseThrow().bounds().maxX() + first.getTranslateX(),
                arrow.start().x(), 1e-9, "the arrow leaving the dragged card follows it");
        robot.release(MouseButton.PRIMARY);
        // 90 px to the right is on its neighbour (cards of the generated map stand 180 px apart): free space instead.
        assertNotEquals(0, document.map().touchpoint("tp0").x(), "moved");
        assertSame(first, cardNode(robot, "tp0"), "the dragged card keeps its node");
        assertEquals(List.of(), MapInvariants.problems(document.map()));
    }

    private static CardNode cardNode(FxRobot robot, String id) {
        return robot.lookup(".card").queryAllAs(CardNode.class).stream()
                .filter(card -> card.touchpointId().equals(id)).findFirst().orElseThrow();
    }
}
