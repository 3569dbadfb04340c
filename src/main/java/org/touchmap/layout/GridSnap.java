package org.touchmap.layout;

/**
 * Rounds a card's position inside its cell to a grid, so cards dropped by hand line up.
 *
 * @param step the grid spacing in pixels at 100 % zoom; 0 leaves positions as they are
 */
public record GridSnap(double step) {
    /** No snapping. */
    public static final GridSnap OFF = new GridSnap(0);
    /** The grid the editor starts with: small enough not to fight the hand, large enough to align. */
    public static final GridSnap DEFAULT = new GridSnap(8);

    public GridSnap {
        if (!(step >= 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("The grid step must be finite and not negative: " + step);
        }
    }

    public boolean isOn() {
        return step > 0;
    }

    /** The grid line nearest to {@code value}, or {@code value} itself when snapping is off. */
    public double snap(double value) {
        return isOn() ? Math.round(value / step) * step : value;
    }

    /** The distance an arrow key moves a card: one grid step, or {@code bigSteps} of them. */
    public double nudge(boolean big, int bigSteps) {
        double unit = isOn() ? step : 1;
        return big ? unit * bigSteps : unit;
    }
}
