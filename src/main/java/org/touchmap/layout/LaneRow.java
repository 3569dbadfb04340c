package org.touchmap.layout;

import org.touchmap.model.LaneKind;

/**
 * A lane's row: its header on the left and the strip of cells to the right of it.
 *
 * @param laneId id of the lane
 * @param index  position of the lane, from 0 at the top
 * @param header the header box on the left
 * @param body   the row's cells, from the first stage column to the last
 * @param kind      what the lane holds: only a lane of touchpoints takes cards
 * @param folded whether the lane is folded to its header, showing and taking nothing
 */
public record LaneRow(String laneId, int index, Rect header, Rect body, LaneKind kind, boolean folded) {
    /** The height of a folded lane: its header's name and icon, nothing more. */
    public static final double FOLDED_HEIGHT = 36;

    /** Whether cards may be put into the row. */
    public boolean takesCards() {
        return kind.holdsCards() && !folded;
    }

    public double y() {
        return body.y();
    }

    public double height() {
        return body.height();
    }

    /** Whether {@code py} falls into the row; the top border belongs to it, the bottom to the next. */
    public boolean containsY(double py) {
        return py >= body.y() && py < body.maxY();
    }
}
