package org.touchmap.ui.canvas;

import org.touchmap.ui.editor.Selection;
import java.util.Locale;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.touchmap.layout.LayoutSettings;

import static org.junit.jupiter.api.Assertions.*;

/** A map with thousands of cards still shows, and selecting on it uses the same hit test. */
@ExtendWith(ApplicationExtension.class)
class LargeMapCanvasTest {
    private static final int CARDS = 2000;

    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new MapCanvas(Locale.ENGLISH, LayoutSettings.defaults(), new Selection());
        canvas.show(LargeMap.build(CARDS));
        stage.setScene(new Scene(canvas, 1000, 700));
        stage.show();
    }

    /** One test only: building the map for each test would double the slowest part of the suite. */
    @Test
    void everyCardOfALargeMapIsShownAndCanBeSelected(FxRobot robot) {
        var cards = robot.lookup(".card").queryAllAs(CardNode.class);
        assertEquals(CARDS, cards.size());
        CardNode first = cards.stream().filter(card -> card.touchpointId().equals("tp0")).findFirst().orElseThrow();
        robot.clickOn(first);
        assertEquals(java.util.Set.of("tp0"), canvas.selectedTouchpointIds());
    }
}
