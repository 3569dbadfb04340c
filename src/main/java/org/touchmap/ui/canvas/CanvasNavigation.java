package org.touchmap.ui.canvas;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.DoubleProperty;

import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;

/**
 * Where on the canvas's map the person looks: the zoom, fitting the map into the window,
 * scrolling cards and chains into view, and the view's position, to put it back later. The map
 * and its cards stay as they are; only the view moves.
 */
public final class CanvasNavigation {
    /** The smallest and largest zoom, as a factor (1 = 100 %). */
    public static final double MIN_ZOOM = ZoomSteps.MIN;
    public static final double MAX_ZOOM = ZoomSteps.MAX;

    private final ZoomedView view;
    private final Supplier<JourneyMap> map;

    /** @param map the map shown, or {@code null} before the canvas shows one */
    CanvasNavigation(ZoomedView view, Supplier<JourneyMap> map) {
        this.view = view;
        this.map = map;
    }

    /** Zoom as a factor, 1 = 100 %; values outside {@link #MIN_ZOOM}..{@link #MAX_ZOOM} are brought into range. */
    public DoubleProperty zoomProperty() {
        return view.zoomProperty();
    }

    public double getZoom() {
        return view.zoomProperty().get();
    }

    public void setZoom(double value) {
        view.zoomProperty().set(value);
    }

    public void zoomIn() {
        setZoom(ZoomSteps.larger(getZoom()));
    }

    public void zoomOut() {
        setZoom(ZoomSteps.smaller(getZoom()));
    }

    /** Back to 100 %. */
    public void resetZoom() {
        setZoom(1.0);
    }

    /** Scrolls the least that shows {@code area} (map coordinates), e.g. a header about to be renamed. */
    public void scrollToShow(org.touchmap.layout.Rect area) {
        // The map may have just grown (a lane added): the scroll range must know it before scrolling.
        view.scrollPane().layout();
        view.viewport().scrollTheLeastToShow(area, getZoom());
    }

    /** Zooms so the whole map fits into the visible area. */
    public void fitToWindow() {
        view.fitToWindow();
    }

    /**
     * Scrolls the touchpoint's card (or a note, by its id) into the middle of the view when any of it
     * is out of view, so a card chosen elsewhere (in the analysis, say) can be seen; a card already in
     * full view stays put.
     */
    public void reveal(String touchpointId) {
        if (touchpointId != null) {
            view.revealCards(List.of(touchpointId));
        }
    }

    /**
     * Scrolls the chain's cards into the middle of the view when any of them is out of view, or its
     * first cards to the view's top-left corner when the chain is larger than the view; a chain in
     * full view, or one without cards, leaves the view where it is.
     */
    public void revealChain(String chainId) {
        JourneyMap shown = map.get();
        if (shown != null && chainId != null) {
            shown.findChain(chainId).ifPresent(chain -> view.revealCards(chain.touchpointIds()));
        }
    }

    /** Where the view is: the zoom and how far it is scrolled. */
    public ViewPosition viewPosition() {
        return view.position();
    }

    /** Puts the view back where {@link #viewPosition()} found it. */
    public void restore(ViewPosition position) {
        view.restore(position);
    }

    /**
     * Zooms so the area of the map fits the view, within {@code minZoom}..{@code maxZoom}, and
     * scrolls it to the middle (to its top-left corner when it is larger than the view).
     */
    public void zoomToShow(Rect area, double minZoom, double maxZoom) {
        view.zoomToShow(area, minZoom, maxZoom);
    }

    /** Zooms to {@code newZoom} keeping the map point ({@code mapX}, {@code mapY}) where it is on screen. */
    void zoomAround(double newZoom, double mapX, double mapY) {
        view.zoomAround(newZoom, mapX, mapY);
    }
}
