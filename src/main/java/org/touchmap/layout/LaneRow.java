package org.touchmap.layout;

/**
 * A lane's row: its header on the left and the strip of cells to the right of it.
 *
 * @param laneId id of the lane
 * @param index  position of the lane, from 0 at the top
 * @param header the header box on the left
 * @param body   the row's cells, from the first stage column to the last
 */
public record LaneRow(String laneId, int index, Rect header, Rect body) {

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
