package org.touchmap.edit;

import org.touchmap.model.Ids;
import org.touchmap.model.Touchpoint;

/**
 * Where a card sits: its stage (column), lane (row) and top-left corner within that cell.
 */
public record Placement(String stageId, String laneId, double x, double y) {
    public Placement {
        Ids.requireValid(stageId);
        Ids.requireValid(laneId);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("A card's position must be finite: " + x + ", " + y);
        }
    }

    public static Placement of(Touchpoint touchpoint) {
        return new Placement(touchpoint.stageId(), touchpoint.laneId(), touchpoint.x(), touchpoint.y());
    }

    /** The same place moved by a distance, e.g. for an arrow-key nudge. */
    public Placement movedBy(double dx, double dy) {
        return new Placement(stageId, laneId, x + dx, y + dy);
    }

    public Placement inStage(String newStageId) {
        return new Placement(newStageId, laneId, x, y);
    }

    public Placement inLane(String newLaneId) {
        return new Placement(stageId, newLaneId, x, y);
    }

    void applyTo(Touchpoint touchpoint) {
        touchpoint.setStageId(stageId);
        touchpoint.setLaneId(laneId);
        touchpoint.setX(x);
        touchpoint.setY(y);
    }
}
