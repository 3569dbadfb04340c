package org.touchmap.ui.canvas;

import java.util.Locale;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.touchmap.layout.LayoutSettings;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.editor.Selection;

/** A canvas showing a map alone in a window {@code width} wide and 700 high, in English, for the canvas tests. */
final class CanvasWindow {
    private CanvasWindow() {
    }

    static MapCanvas show(Stage stage, JourneyMap map, double width) {
        MapCanvas canvas = new MapCanvas(Locale.ENGLISH, LayoutSettings.defaults(), new Selection());
        canvas.show(map);
        stage.setScene(new Scene(canvas, width, 700));
        // The size asked for, whatever size an earlier test left the shared window at.
        stage.sizeToScene();
        stage.show();
        return canvas;
    }
}
