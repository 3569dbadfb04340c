package org.touchmap.analysis;

import java.util.ArrayList;
import java.util.List;

import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

/**
 * Chains broken by a run of negative touchpoints: walking the chain's links in order (see
 * {@link ChainPath}), two or more negative touchpoints in a row. A loop back to an earlier card
 * counts as a step like any other; a gap between links ends a run.
 */
public final class BrokenChains {
    /** The shortest run of negative touchpoints that breaks a chain. */
    public static final int MIN_RUN = 2;

    private BrokenChains() {
    }

    /** The broken chains in the map's chain order. */
    public static List<BrokenChain> of(JourneyMap map) {
        List<BrokenChain> broken = new ArrayList<>();
        for (Chain chain : map.chains()) {
            List<List<String>> runs = new ArrayList<>();
            for (List<String> segment : ChainPath.segments(chain)) {
                runs.addAll(runs(map, segment));
            }
            if (!runs.isEmpty()) {
                broken.add(new BrokenChain(chain.id(), chain.name(), runs));
            }
        }
        return broken;
    }

    static List<List<String>> runs(JourneyMap map, List<String> ids) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String id : ids) {
            boolean negative = map.findTouchpoint(id).map(Touchpoint::rating).orElse(null) == Rating.NEGATIVE;
            if (negative) {
                run.add(id);
            } else {
                addIfLong(runs, run);
                run = new ArrayList<>();
            }
        }
        addIfLong(runs, run);
        return runs;
    }

    private static void addIfLong(List<List<String>> runs, List<String> run) {
        if (run.size() >= MIN_RUN) {
            runs.add(List.copyOf(run));
        }
    }
}
