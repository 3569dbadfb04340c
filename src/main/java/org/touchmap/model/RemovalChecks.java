package org.touchmap.model;

import java.util.function.Predicate;

/**
 * What must be gone before an element leaves a map, so that nothing on it points at an element
 * that is not there: the commands of {@code org.touchmap.edit} take these away first, in one
 * undoable step with the removal.
 */
final class RemovalChecks {
    private RemovalChecks() {
    }

    static void stageHoldsNothing(JourneyMap map, String id) {
        holdsNothing(map, id, "stage", tp -> tp.stageId().equals(id), note -> note.stageId().equals(id));
    }

    static void laneHoldsNothing(JourneyMap map, String id) {
        holdsNothing(map, id, "lane", tp -> tp.laneId().equals(id), note -> note.laneId().equals(id));
    }

    /** The touchpoint is linked in no chain, supported by no process step and has no dots of the vote on it. */
    static void touchpointIsFree(JourneyMap map, String id) {
        if (map.notes().stream().anyMatch(note -> note.supports().contains(id))) {
            throw new IllegalStateException("Touchpoint " + id + " is still supported by a process step");
        }
        if (map.voting().hasDotsOn(id)) {
            throw new IllegalStateException("Touchpoint " + id + " still has dots of the vote on it");
        }
        for (Chain chain : map.chains()) {
            if (chain.links().stream().anyMatch(l -> l.touches(id))) {
                throw new IllegalStateException("Touchpoint " + id + " is still linked in chain " + chain.id());
            }
        }
    }

    /** No other chain continues into the chain, and no emotion lane follows it. */
    static void chainIsNotContinued(JourneyMap map, String id) {
        if (map.lanes().stream().anyMatch(lane -> id.equals(lane.chainId()))) {
            throw new IllegalStateException("A lane still follows chain " + id);
        }
        for (Chain other : map.chains()) {
            if (id.equals(other.nextChainId())) {
                throw new IllegalStateException("Chain " + other.id() + " still continues into " + id);
            }
        }
    }

    private static void holdsNothing(JourneyMap map, String id, String kind, Predicate<Touchpoint> holdsCard,
                                     Predicate<Note> holdsNote) {
        if (map.touchpoints().stream().anyMatch(holdsCard)) {
            throw new IllegalStateException("The " + kind + " " + id + " still holds touchpoints");
        }
        if (map.notes().stream().anyMatch(holdsNote)) {
            throw new IllegalStateException("The " + kind + " " + id + " still holds notes");
        }
    }
}
