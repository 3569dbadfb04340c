package org.touchmap.io.xlsx;

import java.util.HashMap;
import java.util.Map;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * Where cards that the import adds to a cell, or moves into one, go: at the left, one below the
 * other under the cards already there, as the editor stacks cards typed one after another.
 */
final class CellSlots {
    /**
     * The editor's default card height and the gap between stacked cards. The layout that knows
     * them sits above this package, so the numbers are repeated here; cards still never overlap
     * when the layout changes them, only the spacing differs.
     */
    static final double CARD_PITCH = 72 + 18;

    private final Map<String, Double> nextY = new HashMap<>();
    private final JourneyMap map;

    CellSlots(JourneyMap map) {
        this.map = map;
    }

    /** The y of the next free slot in the cell of a stage and lane; each call takes one slot. */
    double take(String stageId, String laneId) {
        String cell = stageId + "\n" + laneId;
        double y = nextY.computeIfAbsent(cell, c -> firstFree(stageId, laneId));
        nextY.put(cell, y + CARD_PITCH);
        return y;
    }

    private double firstFree(String stageId, String laneId) {
        return map.touchpoints().stream()
                .filter(tp -> tp.stageId().equals(stageId) && tp.laneId().equals(laneId))
                .mapToDouble(Touchpoint::y).map(y -> Math.max(0, y) + CARD_PITCH)
                .max().orElse(0);
    }
}
