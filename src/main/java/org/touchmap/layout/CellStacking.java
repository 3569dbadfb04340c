package org.touchmap.layout;

import org.touchmap.edit.FreeSpace;
import org.touchmap.model.JourneyMap;

/**
 * Where the next card of a cell goes when nobody points at a spot: at the left, below the lowest
 * card already there, so cards typed one after another form a tidy column.
 */
public final class CellStacking {
    /** Vertical space between stacked cards, enough for an arrow to pass between them. */
    public static final double CARD_GAP = FreeSpace.GAP;

    private CellStacking() {
    }

    /** The in-cell position for a new card in the cell of {@code stageId} and {@code laneId}. */
    public static Point nextSlot(JourneyMap map, String stageId, String laneId, LayoutSettings settings) {
        double y = map.touchpoints().stream()
                .filter(tp -> tp.stageId().equals(stageId) && tp.laneId().equals(laneId))
                .mapToDouble(tp -> Math.max(0, tp.y()) + settings.cardHeight() + CARD_GAP)
                .max().orElse(0);
        return new Point(0, y);
    }
}
