package org.touchmap.ui.present;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;

/**
 * A red dot that follows the mouse over the map in place of the pointer, easy to follow on a
 * projector. It lives in a layer of its own above the map, takes no clicks, and keeps its size
 * whatever the zoom.
 */
final class LaserPointer {
    private static final double RADIUS = 9;

    private final Pane layer = new Pane();
    private final Circle dot = new Circle(RADIUS);
    private final Node area;
    private boolean on;
    private Cursor cursorBefore;

    /** @param area where the dot replaces the pointer: the map */
    LaserPointer(Node area) {
        this.area = area;
        dot.setId("laser-pointer");
        dot.getStyleClass().add("laser-pointer");
        dot.setVisible(false);
        dot.setManaged(false);
        layer.getChildren().add(dot);
        layer.setMouseTransparent(true);
        layer.setPickOnBounds(false);
        area.addEventFilter(MouseEvent.MOUSE_MOVED, this::follow);
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::follow);
        area.addEventHandler(MouseEvent.MOUSE_EXITED, event -> dot.setVisible(false));
    }

    /** The layer to lay over the area, as large as the window. */
    Pane layer() {
        return layer;
    }

    void setOn(boolean wanted) {
        if (wanted == on) {
            return;
        }
        on = wanted;
        if (on) {
            cursorBefore = area.getCursor();
            area.setCursor(Cursor.NONE);
        } else {
            area.setCursor(cursorBefore);
            dot.setVisible(false);
        }
    }

    void toggle() {
        setOn(!on);
    }

    private void follow(MouseEvent event) {
        if (!on) {
            return;
        }
        Point2D at = layer.sceneToLocal(event.getSceneX(), event.getSceneY());
        dot.setCenterX(at.getX());
        dot.setCenterY(at.getY());
        dot.setVisible(true);
    }
}
