package org.touchmap.bench;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The baseline: a bare JavaFX pane with as many plain rectangles as the map has cards, in a grid
 * like the map's, where dragging one rectangle moves the selected ones by translation, as the
 * canvas moves its cards, and where Ctrl+wheel scales the pane around the pointer. It is the
 * least JavaFX itself needs for the same drag and zoom.
 */
final class PlainRectangles implements DragSubject, ZoomSubject {
    private static final double WIDTH = 160;
    private static final double HEIGHT = 72;
    private static final double GAP_X = 20;
    private static final double GAP_Y = 18;
    private static final int PER_ROW = 25;
    private static final double WHEEL_ZOOM_FACTOR = 1.1;
    private static final double MIN_ZOOM = 0.1;
    private static final double MAX_ZOOM = 4;
    private static final Color[] FILLS = {Color.LIGHTGREY, Color.PALEGREEN, Color.LIGHTYELLOW, Color.LIGHTPINK};

    private final List<Rectangle> rectangles = new ArrayList<>();
    private final Scene scene;
    private final Pane pane = new Pane();
    private final Translate offset = new Translate();
    private final Scale scale = new Scale();
    private List<Rectangle> selected = List.of();
    private double startX;
    private double startY;

    PlainRectangles(int count) {
        for (int i = 0; i < count; i++) {
            Rectangle rectangle = new Rectangle(WIDTH, HEIGHT, FILLS[i % FILLS.length]);
            rectangle.setStroke(Color.DIMGREY);
            rectangle.setArcWidth(8);
            rectangle.setArcHeight(8);
            rectangle.relocate(10 + (i % PER_ROW) * (WIDTH + GAP_X), 10 + (i / PER_ROW) * (HEIGHT + GAP_Y));
            rectangles.add(rectangle);
        }
        pane.getChildren().addAll(rectangles);
        pane.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            startX = event.getX();
            startY = event.getY();
        });
        pane.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            for (Rectangle rectangle : selected) {
                rectangle.setTranslateX(event.getX() - startX);
                rectangle.setTranslateY(event.getY() - startY);
            }
        });
        pane.getTransforms().addAll(offset, scale);
        pane.addEventFilter(ScrollEvent.SCROLL, this::zoomOnControlWheel);
        scene = new Scene(pane, SCENE_WIDTH, SCENE_HEIGHT);
    }

    @Override
    public Scene scene() {
        return scene;
    }

    @Override
    public void select(int count) {
        selected = List.copyOf(rectangles.subList(0, Math.min(count, rectangles.size())));
    }

    @Override
    public Point2D pressPoint() {
        Rectangle first = rectangles.get(0);
        return first.localToScene(WIDTH / 2, HEIGHT / 2);
    }

    @Override
    public Node wheelTarget() {
        return pane;
    }

    @Override
    public void resetView() {
        offset.setX(0);
        offset.setY(0);
        scale.setX(1);
        scale.setY(1);
    }

    /** Scales by the canvas's wheel factor, keeping the point under the pointer where it is. */
    private void zoomOnControlWheel(ScrollEvent event) {
        if (!event.isControlDown() || event.getDeltaY() == 0) {
            return;
        }
        double factor = event.getDeltaY() > 0 ? WHEEL_ZOOM_FACTOR : 1 / WHEEL_ZOOM_FACTOR;
        double zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, scale.getX() * factor));
        double localX = (event.getSceneX() - offset.getX()) / scale.getX();
        double localY = (event.getSceneY() - offset.getY()) / scale.getY();
        scale.setX(zoom);
        scale.setY(zoom);
        offset.setX(event.getSceneX() - zoom * localX);
        offset.setY(event.getSceneY() - zoom * localY);
        event.consume();
    }

    @Override
    public boolean undoDrop() {
        boolean moved = selected.stream().allMatch(rectangle -> rectangle.getTranslateX() != 0);
        for (Rectangle rectangle : selected) {
            rectangle.setTranslateX(0);
            rectangle.setTranslateY(0);
        }
        return moved;
    }
}
