package org.touchmap.ui.canvas;

/**
 * The zoom levels the zoom buttons step through: familiar percentages, finer near 100 %,
 * where people make most adjustments.
 */
final class ZoomSteps {
    static final double MIN = 0.1;
    static final double MAX = 4.0;
    private static final double[] STEPS = {0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75,
            2.0, 2.5, 3.0, 4.0};
    /** Zoom levels closer than this count as equal, so that 0.6699999 steps to 0.75, not to 0.67. */
    private static final double EPSILON = 1e-3;

    private ZoomSteps() {
    }

    static double clamp(double zoom) {
        if (Double.isNaN(zoom)) {
            return 1.0;
        }
        return Math.max(MIN, Math.min(MAX, zoom));
    }

    /** The next larger step, or the largest zoom. */
    static double larger(double zoom) {
        for (double step : STEPS) {
            if (step > zoom + EPSILON) {
                return step;
            }
        }
        return MAX;
    }

    /** The next smaller step, or the smallest zoom. */
    static double smaller(double zoom) {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < zoom - EPSILON) {
                return STEPS[i];
            }
        }
        return MIN;
    }

    /** The zoom at which content of the given size fits into the viewport, within the allowed range. */
    static double toFit(double contentWidth, double contentHeight, double viewportWidth, double viewportHeight) {
        if (contentWidth <= 0 || contentHeight <= 0 || viewportWidth <= 0 || viewportHeight <= 0) {
            return 1.0;
        }
        return clamp(Math.min(viewportWidth / contentWidth, viewportHeight / contentHeight));
    }
}
