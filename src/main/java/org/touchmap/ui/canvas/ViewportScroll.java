package org.touchmap.ui.canvas;

import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

import org.touchmap.layout.Rect;

/**
 * The visible part of the zoomed map in pixels: how far it is scrolled, and scrolling to an
 * offset. A scroll pane speaks in fractions of the scrollable range; panning and zooming around
 * the pointer need pixels.
 */
final class ViewportScroll {
    /** Screen pixels left around what {@link #reveal} scrolls to when it is larger than the view. */
    static final double REVEAL_MARGIN = 24;

    private final ScrollPane scrollPane;
    private final Region zoomedContent;

    ViewportScroll(ScrollPane scrollPane, Region zoomedContent) {
        this.scrollPane = scrollPane;
        this.zoomedContent = zoomedContent;
    }

    /** The zoomed-content pixel at the viewport's top-left corner. */
    Point2D offset() {
        return new Point2D(scrollPane.getHvalue() * scrollableWidth(), scrollPane.getVvalue() * scrollableHeight());
    }

    /** Scrolls so the zoomed-content pixel ({@code x}, {@code y}) is at the top-left corner, as far as it goes. */
    void scrollTo(double x, double y) {
        double width = scrollableWidth();
        double height = scrollableHeight();
        scrollPane.setHvalue(width <= 0 ? 0 : clamp(x / width));
        scrollPane.setVvalue(height <= 0 ? 0 : clamp(y / height));
    }

    /**
     * Scrolls the map area (in map coordinates) to the middle of the view at {@code zoom}, or its
     * top-left corner to the view's when the area is larger than the view.
     */
    void centre(Rect area, double zoom) {
        Bounds view = scrollPane.getViewportBounds();
        double x = area.width() * zoom > view.getWidth() ? area.x() * zoom
                : area.centerX() * zoom - view.getWidth() / 2;
        double y = area.height() * zoom > view.getHeight() ? area.y() * zoom
                : area.centerY() * zoom - view.getHeight() / 2;
        scrollTo(x, y);
    }

    /**
     * Scrolls the map area (in map coordinates) into view as {@link #centre} does, with a margin,
     * when any of it is out of view at {@code zoom}; an area already in full view stays where it is, so the view does
     * not jump under the person's eyes.
     */
    void reveal(Rect area, double zoom) {
        Point2D offset = offset();
        Bounds view = scrollPane.getViewportBounds();
        boolean inView = area.x() * zoom >= offset.getX() && area.y() * zoom >= offset.getY()
                && area.maxX() * zoom <= offset.getX() + view.getWidth()
                && area.maxY() * zoom <= offset.getY() + view.getHeight();
        if (!inView) {
            // A margin keeps an area larger than the view off the view's very edge.
            centre(area.inset(-REVEAL_MARGIN / zoom), zoom);
        }
    }

    /**
     * The part of the map in view at {@code zoom}, in map coordinates (pixels at 100 %), or
     * {@code null} before the view has a size.
     */
    Rect visibleArea(double zoom) {
        Bounds viewport = scrollPane.getViewportBounds();
        if (viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            return null;
        }
        Point2D offset = offset();
        return new Rect(offset.getX() / zoom, offset.getY() / zoom, viewport.getWidth() / zoom,
                viewport.getHeight() / zoom);
    }

    /** Tells {@code listener} when the view scrolls or changes its size. */
    void addListener(InvalidationListener listener) {
        scrollPane.hvalueProperty().addListener(listener);
        scrollPane.vvalueProperty().addListener(listener);
        scrollPane.viewportBoundsProperty().addListener(listener);
    }

    void scrollBy(double dx, double dy) {
        Point2D now = offset();
        scrollTo(now.getX() + dx, now.getY() + dy);
    }

    private double scrollableWidth() {
        Bounds viewport = scrollPane.getViewportBounds();
        return Math.max(0, zoomedContent.getPrefWidth() - viewport.getWidth());
    }

    private double scrollableHeight() {
        Bounds viewport = scrollPane.getViewportBounds();
        return Math.max(0, zoomedContent.getPrefHeight() - viewport.getHeight());
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }

    /** Scrolls the least that shows {@code box} (map coordinates), its start first when it cannot show all. */
    void scrollTheLeastToShow(Rect box, double zoom) {
        Rect shown = visibleArea(zoom);
        if (shown == null) {
            return;
        }
        double dx = shortestShift(box.x(), box.maxX(), shown.x(), shown.maxX());
        double dy = shortestShift(box.y(), box.maxY(), shown.y(), shown.maxY());
        if (dx != 0 || dy != 0) {
            scrollBy(dx * zoom, dy * zoom);
        }
    }

    /** How far the view must move along one axis to show {@code [from, to]}; its start first when it cannot show all. */
    private static double shortestShift(double from, double to, double shownFrom, double shownTo) {
        if (from < shownFrom) {
            return from - shownFrom;
        }
        return to > shownTo ? Math.min(to - shownTo, from - shownFrom) : 0;
    }
}
