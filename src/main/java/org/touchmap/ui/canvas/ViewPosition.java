package org.touchmap.ui.canvas;

/**
 * Where a canvas's view is: a zoom factor and the scroll pane's fractions, see
 * {@link CanvasNavigation#viewPosition()}.
 */
public record ViewPosition(double zoom, double horizontal, double vertical) {
}
