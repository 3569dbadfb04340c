package org.touchmap.ui.canvas;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.testfx.api.FxRobot;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapInvariants;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A canvas with editing installed on the clinic map, wired as the main window wires it: every
 * change on the command stack redraws the canvas. Helpers turn map points into screen points.
 */
final class EditableCanvas {
    final Document document = new Document(MedicalClinicMap.build(), null);
    final Selection selection = new Selection();
    final MapCanvas canvas = new MapCanvas(Locale.ENGLISH, LayoutSettings.defaults(), selection);
    final CanvasEditing editing = canvas.installEditing(new javafx.beans.property.SimpleObjectProperty<>(document));

    EditableCanvas(Stage stage) {
        canvas.show(document.map());
        stage.setScene(new Scene(canvas, 1500, 900));
        // The size asked for, whatever size an earlier test left the shared window at.
        stage.sizeToScene();
        stage.show();
    }

    JourneyMap map() {
        return document.map();
    }

    /** The screen point of a map point. */
    Point2D screen(FxRobot robot, double mapX, double mapY) {
        Node content = robot.lookup(".map-content").query();
        return content.localToScreen(mapX, mapY);
    }

    Point2D cardCentre(FxRobot robot, String touchpointId) {
        Rect box = canvas.mapLayout().card(touchpointId).orElseThrow().bounds();
        return screen(robot, box.centerX(), box.centerY());
    }

    Point2D cellPoint(FxRobot robot, String stageId, String laneId, double dx, double dy) {
        Rect cell = canvas.mapLayout().cell(stageId, laneId).orElseThrow();
        return screen(robot, cell.x() + dx, cell.y() + dy);
    }

    /** The map must stay consistent after every gesture. */
    void assertConsistent() {
        assertEquals(List.of(), MapInvariants.problems(map()));
    }
}
