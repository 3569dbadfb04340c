package org.touchmap.ui.structure;

import java.util.Objects;

import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.stage.Window;

import org.touchmap.edit.Command;
import org.touchmap.layout.MapLayout;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.canvas.MapCanvas;
import org.touchmap.ui.chains.LinkSelection;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;

/**
 * What the structure gestures share: the open document, the canvas that shows it, the editor's
 * selection and the selected arrow.
 */
final class EditorContext {
    private final ObservableValue<Document> document;
    private final MapCanvas canvas;
    private final Selection selection;
    private final LinkSelection links;

    EditorContext(ObservableValue<Document> document, MapCanvas canvas, Selection selection, LinkSelection links) {
        this.document = Objects.requireNonNull(document, "document");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.links = Objects.requireNonNull(links, "links");
    }

    ObservableValue<Document> documentProperty() {
        return document;
    }

    /** The open document, or {@code null} before one is shown. */
    Document document() {
        return document.getValue();
    }

    /** The open map, or {@code null} before one is shown. */
    JourneyMap map() {
        Document current = document.getValue();
        return current == null ? null : current.map();
    }

    /** The layout on screen, or {@code null} before a map is shown. */
    MapLayout layout() {
        return canvas.mapLayout();
    }

    MapCanvas canvas() {
        return canvas;
    }

    Selection selection() {
        return selection;
    }

    LinkSelection links() {
        return links;
    }

    /** Runs a command on the open document's history, as one undo step. */
    void execute(Command command) {
        Document current = document.getValue();
        if (current != null) {
            current.commands().execute(command);
        }
    }

    /** A distance on screen in map pixels at the current zoom, so targets feel the same size at any zoom. */
    double screenDistance(double pixels) {
        return pixels / canvas.navigation().getZoom();
    }

    /** Whether an event is aimed at a node of the overlay (a handle, a text field), which handles it itself. */
    boolean isForOverlay(Event event) {
        Node overlay = canvas.overlay();
        for (Object target = event.getTarget(); target instanceof Node node; target = node.getParent()) {
            if (node == overlay) {
                return true;
            }
        }
        return false;
    }

    /** The window dialogs belong to, or {@code null} when the canvas is not shown. */
    Window window() {
        return canvas.getScene() == null ? null : canvas.getScene().getWindow();
    }

    /** Gives the keyboard to the canvas, so Delete, F2 and Escape act on what was just clicked. */
    void focusCanvas() {
        canvas.requestFocus();
    }
}
