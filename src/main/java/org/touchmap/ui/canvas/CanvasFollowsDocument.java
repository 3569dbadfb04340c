package org.touchmap.ui.canvas;

import javafx.beans.value.ObservableValue;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.MapChanges;

/**
 * The editing canvas follows the open document: it redraws after every change and shows each map
 * opened. It starts following when editing is installed, before any other view, so a gesture that
 * runs a command finds the map laid out anew when the command returns, and so does every view
 * that hears after it.
 */
final class CanvasFollowsDocument implements MapChanges.Listener {
    private final MapCanvas canvas;

    private CanvasFollowsDocument(MapCanvas canvas) {
        this.canvas = canvas;
    }

    static void install(MapCanvas canvas, ObservableValue<Document> document) {
        MapChanges.follow(document, new CanvasFollowsDocument(canvas));
    }

    @Override
    public void mapChanged() {
        canvas.refresh();
    }

    @Override
    public void documentReplaced(Document old, Document now) {
        // A focus belongs to the map it was made on.
        canvas.focusProperty().set(null);
        if (now == null) {
            return;
        }
        canvas.show(now.map());
        if (!sameFile(old, now)) {
            // Another map starts at its top-left corner, with its title and stages in view; the same
            // file read again (after someone else changed it) stays where the person was.
            canvas.navigation().restore(new ViewPosition(canvas.navigation().getZoom(), 0, 0));
        }
    }

    private static boolean sameFile(Document old, Document now) {
        return old != null && old.file().isPresent() && old.file().equals(now.file());
    }
}
