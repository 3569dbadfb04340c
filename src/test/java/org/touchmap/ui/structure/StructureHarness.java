package org.touchmap.ui.structure;

import java.util.Locale;

import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.testfx.api.FxRobot;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.AppTheme;
import org.touchmap.ui.canvas.MapCanvas;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;
import org.touchmap.ui.i18n.Messages;

/**
 * The canvas with structure editing on it and the chain panel beside it, wired the way the main
 * window wires them: the canvas follows the document, so every change to the map redraws it.
 */
final class StructureHarness {
    final ObjectProperty<Document> document = new SimpleObjectProperty<>();
    final Selection selection = new Selection();
    final MapCanvas canvas;
    final StructureEditing editing;

    StructureHarness(Stage stage, JourneyMap map) {
        Messages.setLocale(Locale.ENGLISH);
        // The theme's colours, as in the app: the editors' stylesheets look them up.
        Application.setUserAgentStylesheet(AppTheme.STYLESHEET);
        canvas = new MapCanvas(Locale.ENGLISH, LayoutSettings.defaults(), selection);
        editing = new StructureEditing(document, canvas, selection);
        document.set(new Document(map, null));
        BorderPane root = new BorderPane(canvas);
        root.setRight(editing.chainPanel());
        stage.setScene(new Scene(root, 1600, 1000));
        // The size asked for, whatever size an earlier test left the shared window at.
        stage.sizeToScene();
        stage.show();
    }

    JourneyMap map() {
        return document.get().map();
    }

    /** Where a point of the map is on the screen. */
    Point2D onScreen(double mapX, double mapY) {
        return canvas.mapContent().localToScreen(mapX, mapY);
    }

    Point2D centreOfCard(String touchpointId) {
        Rect box = canvas.mapLayout().card(touchpointId).orElseThrow().bounds();
        return onScreen(box.centerX(), box.centerY());
    }

    /**
     * Asks for the context menu at a point of the map, as a right click does on a desktop. The
     * headless test platform does not turn right clicks into such requests, so the test sends it.
     */
    void requestContextMenu(FxRobot robot, double mapX, double mapY) {
        Point2D scene = canvas.mapContent().localToScene(mapX, mapY);
        Point2D screen = onScreen(mapX, mapY);
        robot.interact(() -> Event.fireEvent(canvas.mapContent(), new ContextMenuEvent(
                ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                false, null)));
    }

    Rect stageHeader(String stageId) {
        return canvas.mapLayout().columns().stream().filter(c -> c.stageId().equals(stageId)).findFirst()
                .orElseThrow().header();
    }

    Point2D centreOfStageHeader(String stageId) {
        Rect header = stageHeader(stageId);
        return onScreen(header.centerX(), header.centerY());
    }
}
