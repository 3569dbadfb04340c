package org.touchmap.bench;

import java.util.Locale;
import java.util.stream.IntStream;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;

import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.Rect;
import org.touchmap.ui.canvas.MapCanvas;
import org.touchmap.ui.canvas.ViewPosition;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;

/**
 * The editor's canvas with editing installed, wired as the main window wires it: every change on
 * the command stack redraws the canvas. Cards are dragged, and the map zoomed, through the
 * canvas's own gestures.
 */
final class TouchmapCanvas implements DragSubject, ZoomSubject {
    private static final String FIRST_CARD = "tp0";

    private final Document document;
    private final Selection selection = new Selection();
    private final MapCanvas canvas = new MapCanvas(Locale.ENGLISH, LayoutSettings.defaults(), selection);
    private final Scene scene;

    /** A map of {@code touchpoints} cards and at least {@code links} chain links. */
    TouchmapCanvas(int touchpoints, int links) {
        document = new Document(GeneratedMap.cards(touchpoints, links), null);
        // The canvas follows the document's command stack, as in the editor.
        canvas.installEditing(new javafx.beans.property.SimpleObjectProperty<>(document));
        canvas.show(document.map());
        scene = new Scene(canvas, SCENE_WIDTH, SCENE_HEIGHT);
    }

    @Override
    public Scene scene() {
        return scene;
    }

    @Override
    public void select(int count) {
        int cards = Math.min(count, document.map().touchpoints().size());
        selection.selectTouchpoints(IntStream.range(0, cards).mapToObj(i -> "tp" + i).toList());
    }

    @Override
    public Point2D pressPoint() {
        Rect box = canvas.mapLayout().card(FIRST_CARD).orElseThrow().bounds();
        return canvas.mapContent().localToScene(box.centerX(), box.centerY());
    }

    @Override
    public Node wheelTarget() {
        return canvas.mapContent();
    }

    @Override
    public void resetView() {
        canvas.navigation().resetZoom();
        canvas.navigation().restore(new ViewPosition(1.0, 0, 0));
    }

    void fit() {
        canvas.navigation().fitToWindow();
    }

    void resetZoom() {
        canvas.navigation().resetZoom();
    }

    void zoomIn() {
        canvas.navigation().zoomIn();
    }

    void zoomOut() {
        canvas.navigation().zoomOut();
    }

    /** Chain links drawn as arrows. */
    int arrows() {
        return canvas.mapLayout().connectors().size();
    }

    @Override
    public boolean undoDrop() {
        if (!document.commands().canUndo()) {
            return false;
        }
        document.commands().undo();
        return true;
    }
}
