package org.touchmap.ui.canvas;

import java.util.Locale;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.touchmap.bench.GeneratedMap;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;

/**
 * A generated map of many cards on an editing canvas in a 1000×700 window, wired to the
 * document's command stack as the main window wires it, for the large-map tests.
 */
record LargeMapWindow(MapCanvas canvas, Document document) {

    static LargeMapWindow show(Stage stage, int cards) {
        Document document = new Document(GeneratedMap.cards(cards), null);
        MapCanvas canvas = new MapCanvas(Locale.ENGLISH, LayoutSettings.defaults(), new Selection());
        canvas.installEditing(new javafx.beans.property.SimpleObjectProperty<>(document));
        canvas.show(document.map());
        stage.setScene(new Scene(canvas, 1000, 700));
        // The size asked for, whatever size an earlier test left the shared window at.
        stage.sizeToScene();
        stage.show();
        return new LargeMapWindow(canvas, document);
    }
}
