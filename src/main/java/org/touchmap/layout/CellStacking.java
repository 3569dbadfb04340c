package org.touchmap.layout;

import org.touchmap.model.CardFootprint;
import org.touchmap.model.JourneyMap;

/**
 * Where the next card of a cell goes when nobody points at a spot: at the left, below the lowest
 * card already there ({@link CardFootprint#belowLowest}), so cards typed one after another form a
 * tidy column.
 */
public final class CellStacking {
    private CellStacking() {
    }

    /** The in-cell position for a new card in the cell of {@code stageId} and {@code laneId}. */
    public static Point nextSlot(JourneyMap map, String stageId, String laneId) {
        return new Point(0, CardFootprint.belowLowest(map, stageId, laneId));
    }
}
