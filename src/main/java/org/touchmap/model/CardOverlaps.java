package org.touchmap.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Checks that no card hides another: no two cards of a cell overlap. Every edit keeps this, but a
 * file written by hand or by an older version may break it and still opens as it is (so it is not
 * part of {@link MapConsistency}, which a file must meet to open); Tidy up arranges such a map.
 */
public final class CardOverlaps {
    private CardOverlaps() {
    }

    /** Human-readable problems, one per pair of overlapping cards; empty when no card hides another. */
    public static List<String> problems(JourneyMap map) {
        List<String> problems = new ArrayList<>();
        forEachOverlap(map, (a, b) -> {
            problems.add("touchpoints \"" + a.id() + "\" and \"" + b.id() + "\" overlap in stage \""
                    + a.stageId() + "\", lane \"" + a.laneId() + "\"");
            return true;
        });
        return problems;
    }

    /** Whether some card of the map hides another; stops at the first pair, as the menu asks on every layout. */
    public static boolean any(JourneyMap map) {
        boolean[] found = {false};
        forEachOverlap(map, (a, b) -> {
            found[0] = true;
            return false;
        });
        return found[0];
    }

    /** Calls {@code pair} for each overlapping pair of a cell until it returns false. */
    private static void forEachOverlap(JourneyMap map, BiPredicate<Touchpoint, Touchpoint> pair) {
        for (List<Touchpoint> cell : cells(map).values()) {
            for (int i = 0; i < cell.size(); i++) {
                for (int j = i + 1; j < cell.size(); j++) {
                    Touchpoint a = cell.get(i);
                    Touchpoint b = cell.get(j);
                    if (CardFootprint.overlap(a.x(), a.y(), b.x(), b.y()) && !pair.test(a, b)) {
                        return;
                    }
                }
            }
        }
    }

    private static Map<String, List<Touchpoint>> cells(JourneyMap map) {
        Map<String, List<Touchpoint>> cells = new HashMap<>();
        for (Touchpoint tp : map.touchpoints()) {
            cells.computeIfAbsent(tp.stageId() + "\n" + tp.laneId(), k -> new ArrayList<>()).add(tp);
        }
        return cells;
    }
}
