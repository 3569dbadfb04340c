package org.touchmap.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the points of a walk through the map go across it: the points that fall into one stage
 * share the stage's width in the order they are walked, each at the middle of a slot of its own.
 * Cards of one stage often stand above one another; placed under their cards, a run through one
 * stage would read as a vertical stroke. Spaced out, every step of the walk moves to the right
 * (unless the walk itself goes back to an earlier stage), so a rise or a dip reads as one.
 */
public final class StageSlots {
    private StageSlots() {
    }

    /**
     * The x of each point, in the order given.
     *
     * @param stageIds  the stage of each point, in walking order
     * @param columns   the map's stage columns
     * @param fallbackX where a point goes whose stage has no column, e.g. its card's centre; same size as {@code stageIds}
     */
    public static double[] across(List<String> stageIds, List<StageColumn> columns, double[] fallbackX) {
        if (fallbackX.length != stageIds.size()) {
            throw new IllegalArgumentException("one fallback per point: " + fallbackX.length + " for " + stageIds.size());
        }
        Map<String, Integer> pointsPerStage = new HashMap<>();
        stageIds.forEach(stageId -> pointsPerStage.merge(stageId, 1, Integer::sum));
        Map<String, Integer> slotsTaken = new HashMap<>();
        double[] xs = new double[stageIds.size()];
        for (int i = 0; i < xs.length; i++) {
            String stageId = stageIds.get(i);
            Optional<StageColumn> column = columnOf(stageId, columns);
            if (column.isEmpty()) {
                xs[i] = fallbackX[i];
                continue;
            }
            int slot = slotsTaken.merge(stageId, 1, Integer::sum) - 1;
            double slotWidth = column.get().width() / pointsPerStage.get(stageId);
            xs[i] = column.get().x() + (slot + 0.5) * slotWidth;
        }
        return xs;
    }

    private static Optional<StageColumn> columnOf(String stageId, List<StageColumn> columns) {
        return columns.stream().filter(column -> column.stageId().equals(stageId)).findFirst();
    }
}
