package org.touchmap.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything every edit must keep: the map is consistent ({@link MapConsistency}), no card
 * hides another ({@link CardOverlaps}) and presence follows the lane where the lanes decide it
 * ({@link LanePresence}). Tests check this where they checked consistency alone;
 * only tests of files as they were written (which may hold overlaps) check consistency alone.
 */
public final class MapInvariants {
    private MapInvariants() {
    }

    /** Human-readable problems, empty when the map keeps every invariant. */
    public static List<String> problems(JourneyMap map) {
        List<String> problems = new ArrayList<>(MapConsistency.problems(map));
        problems.addAll(CardOverlaps.problems(map));
        for (Touchpoint card : LanePresence.staleCards(map)) {
            problems.add("touchpoint \"" + card.id() + "\" is " + card.presence() + " in lane \""
                    + card.laneId() + "\", which says " + LanePresence.of(map, card.laneId()).orElseThrow());
        }
        return problems;
    }
}
