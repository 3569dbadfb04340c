package org.touchmap.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import org.touchmap.ui.canvas.MapCanvas;

import static org.junit.jupiter.api.Assertions.*;

/**
 * No node of the map carries a stylesheet of its own: JavaFX searches a list of every node a
 * parent's stylesheet styles for each node it adds, so one on the canvas made opening a
 * 30,000-card map take minutes. The canvas's stylesheets go on the scene instead.
 */
class CanvasStylesheetsWindowTest extends SampleWindowTest {
    @Test
    void theCanvasAndEverythingInItLeaveTheirStylesheetsToTheScene(FxRobot robot) {
        List<String> carriers = new ArrayList<>();
        robot.interact(() -> collectCarriers(harness.window.canvas(), carriers));

        assertEquals(List.of(), carriers);
        MapCanvas canvas = harness.window.canvas();
        assertTrue(canvas.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("canvas.css")),
                canvas.getScene().getStylesheets().toString());
    }

    private static void collectCarriers(Node node, List<String> carriers) {
        if (node instanceof Parent parent) {
            if (!parent.getStylesheets().isEmpty()) {
                carriers.add(parent.getClass().getSimpleName() + " " + parent.getStyleClass() + " " + parent.getStylesheets());
            }
            parent.getChildrenUnmodifiable().forEach(child -> collectCarriers(child, carriers));
        }
    }
}
