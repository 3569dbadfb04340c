package org.touchmap.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything every edit must keep: the map is consistent ({@link MapConsistency}) and no card
 * hides another ({@link CardOverlaps}). Tests check this where they checked consistency alone;
 * only tests of files as they were written (which may hold overlaps) check consistency alone.
 */
public final class MapInvariants {
    private MapInvariants() {
    }

    /** Human-readable problems, empty when the map keeps every invariant. */
    public static List<String> problems(JourneyMap map) {
        List<String> problems = new ArrayList<>(MapConsistency.problems(map));
        problems.addAll(CardOverlaps.problems(map));
        return problems;
    }
}
