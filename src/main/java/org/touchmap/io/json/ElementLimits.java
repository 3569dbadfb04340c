package org.touchmap.io.json;

import org.touchmap.io.MapFileException;
import org.touchmap.io.ProblemKind;
import java.util.Optional;

import org.touchmap.model.JourneyMap;

/**
 * How many elements of each kind one map may hold. A file within the size limit could otherwise
 * hold 600,000 arrows or 100,000 stages, and drawing or exporting it would take hours or all the
 * memory there is; every part of Touchmap handles a map at these limits within the budgets in
 * {@code docs/reliability.md}. The values sit far above real maps, which have tens of stages and
 * hundreds of cards. The same limits refuse a file on reading, a save that could not be read back,
 * and an import that would pass them.
 */
public final class ElementLimits {
    public static final int MAX_STAGES = 1_000;
    public static final int MAX_LANES = 1_000;
    public static final int MAX_TOUCHPOINTS = 100_000;
    public static final int MAX_CHAINS = 10_000;
    /** Links of all chains together: each is an arrow to route and draw. */
    public static final int MAX_LINKS = 100_000;
    /** The notes of all notes lanes, process steps included: short texts stacked in cells, like cards. */
    public static final int MAX_NOTES = 100_000;

    private ElementLimits() {
    }

    /** A count beyond its limit: which kind, how many, and the most allowed. */
    record Excess(ProblemKind reason, long count, int limit) {
        String[] args() {
            return new String[] {Long.toString(count), Integer.toString(limit)};
        }
    }

    /** The first count beyond its limit, in the order of the file. */
    static Optional<Excess> excess(long stages, long lanes, long touchpoints, long chains, long links, long notes) {
        if (stages > MAX_STAGES) {
            return Optional.of(new Excess(ProblemKind.TOO_MANY_STAGES, stages, MAX_STAGES));
        }
        if (lanes > MAX_LANES) {
            return Optional.of(new Excess(ProblemKind.TOO_MANY_LANES, lanes, MAX_LANES));
        }
        if (touchpoints > MAX_TOUCHPOINTS) {
            return Optional.of(new Excess(ProblemKind.TOO_MANY_TOUCHPOINTS, touchpoints, MAX_TOUCHPOINTS));
        }
        if (chains > MAX_CHAINS) {
            return Optional.of(new Excess(ProblemKind.TOO_MANY_CHAINS, chains, MAX_CHAINS));
        }
        if (links > MAX_LINKS) {
            return Optional.of(new Excess(ProblemKind.TOO_MANY_LINKS, links, MAX_LINKS));
        }
        if (notes > MAX_NOTES) {
            return Optional.of(new Excess(ProblemKind.TOO_MANY_NOTES, notes, MAX_NOTES));
        }
        return Optional.empty();
    }

    /**
     * Refuses a map that would pass a limit with {@code moreTouchpoints} new cards added, before
     * anything is added or written; {@code file} is the one the message names.
     */
    public static void check(JourneyMap map, int moreTouchpoints, String file) throws MapFileException {
        long links = map.linkCount();
        Optional<Excess> excess = excess(map.stages().size(), map.lanes().size(),
                (long) map.touchpoints().size() + moreTouchpoints, map.chains().size(), links, map.notes().size());
        if (excess.isPresent()) {
            throw MapFileException.of(file, excess.get().reason(), excess.get().args());
        }
    }
}
