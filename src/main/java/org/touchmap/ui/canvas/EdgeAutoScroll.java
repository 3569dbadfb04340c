package org.touchmap.ui.canvas;

import java.util.function.BooleanSupplier;

import javafx.animation.AnimationTimer;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;

/**
 * While cards are dragged with the pointer near or past an edge of the view, the view scrolls that
 * way, faster the farther out the pointer is, and the dragged cards follow the pointer over the map
 * that scrolls under it. Without it a card could only be taken as far as the view reached, and on a
 * large map moving one to a far stage meant dropping and scrolling many times.
 */
final class EdgeAutoScroll {
    /** The band along each edge of the view, in screen pixels, where scrolling starts. */
    static final double EDGE = 32;
    /** The fastest scroll, in screen pixels a second, reached this far past the band's inner side. */
    static final double MAX_SPEED = 1600;
    private static final double FULL_SPEED_DEPTH = 3 * EDGE;
    /** A longer pause between frames (a busy machine) must not throw the view across the map. */
    private static final double LONGEST_STEP_SECONDS = 0.05;

    private final ScrollPane scrollPane;
    private final ViewportScroll viewport;
    private final CanvasContent content;
    private final BooleanSupplier dragging;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };
    private MouseEvent last;
    private long lastFrame = -1;

    /** @param dragging whether cards are being dragged now */
    EdgeAutoScroll(ScrollPane scrollPane, ViewportScroll viewport, CanvasContent content, BooleanSupplier dragging) {
        this.scrollPane = scrollPane;
        this.viewport = viewport;
        this.content = content;
        this.dragging = dragging;
    }

    /** Installs after the drag gesture, so it sees each drag event once the gesture has handled it. */
    void install() {
        content.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        content.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> stop());
    }

    /**
     * How fast to scroll along one axis, in screen pixels a second: negative towards the start,
     * positive towards the end, zero away from the edges or in a view too small to have a middle.
     *
     * @param position the pointer along the axis, from the view's start; outside the view it is below zero or past its length
     * @param length the view's length along the axis
     */
    static double speed(double position, double length) {
        if (length <= 2 * EDGE) {
            return 0;
        }
        if (position < EDGE) {
            return -speedAt(EDGE - position);
        }
        if (position > length - EDGE) {
            return speedAt(position - (length - EDGE));
        }
        return 0;
    }

    private static double speedAt(double depth) {
        return MAX_SPEED * Math.min(1, depth / FULL_SPEED_DEPTH);
    }

    private void dragged(MouseEvent event) {
        if (!dragging.getAsBoolean()) {
            stop();
            return;
        }
        last = event;
        if (velocity().equals(Point2D.ZERO)) {
            stop();
        } else if (lastFrame < 0) {
            lastFrame = System.nanoTime();
            timer.start();
        }
    }

    private void frame(long now) {
        if (last == null || !dragging.getAsBoolean()) {
            stop();
            return;
        }
        double seconds = Math.min(LONGEST_STEP_SECONDS, (now - lastFrame) / 1e9);
        lastFrame = now;
        Point2D velocity = velocity();
        Point2D before = viewport.offset();
        viewport.scrollBy(velocity.getX() * seconds, velocity.getY() * seconds);
        if (!viewport.offset().equals(before)) {
            // The same pointer position is over another part of the map now: the cards move on with it.
            Event.fireEvent(content, last.copyFor(content, content));
        }
    }

    /** Screen pixels a second to scroll, for where the pointer was last. */
    private Point2D velocity() {
        Point2D local = scrollPane.sceneToLocal(last.getSceneX(), last.getSceneY());
        double width = scrollPane.getViewportBounds().getWidth();
        double height = scrollPane.getViewportBounds().getHeight();
        return new Point2D(speed(local.getX() - scrollPane.snappedLeftInset(), width),
                speed(local.getY() - scrollPane.snappedTopInset(), height));
    }

    private void stop() {
        timer.stop();
        lastFrame = -1;
        last = null;
    }
}
