package org.touchmap.io.xlsx;

import java.util.HashMap;
import java.util.Map;

import org.touchmap.model.CardFootprint;
import org.touchmap.model.JourneyMap;

/**
 * Where cards that the import adds to a cell, or moves into one, go: at the left, one below the
 * other under the cards already there, as the editor stacks cards typed one after another.
 */
final class CellSlots {
    /** From one card of a column to the next. */
    static final double CARD_PITCH = CardFootprint.HEIGHT + CardFootprint.GAP;

    private final Map<String, Double> nextY = new HashMap<>();
    private final JourneyMap map;

    CellSlots(JourneyMap map) {
        this.map = map;
    }

    /** The y of the next free slot in the cell of a stage and lane; each call takes one slot. */
    double take(String stageId, String laneId) {
        String cell = stageId + "\n" + laneId;
        double y = nextY.computeIfAbsent(cell, c -> CardFootprint.belowLowest(map, stageId, laneId));
        nextY.put(cell, y + CARD_PITCH);
        return y;
    }
}
