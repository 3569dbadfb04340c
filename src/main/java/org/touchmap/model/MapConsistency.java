package org.touchmap.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that every reference in a map points at something that exists: the invariant every
 * edit keeps and every loaded file must meet.
 */
public final class MapConsistency {
    private MapConsistency() {
    }

    /** Human-readable problems, empty when the map is consistent. */
    public static List<String> problems(JourneyMap map) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        map.forEachElement(e -> {
            if (!seen.add(e.id())) {
                problems.add("id \"" + e.id() + "\" is used by more than one element");
            }
        });
        for (Touchpoint tp : map.touchpoints()) {
            if (map.findStage(tp.stageId()).isEmpty()) {
                problems.add("touchpoint \"" + tp.id() + "\" is in a missing stage \"" + tp.stageId() + "\"");
            }
            Lane lane = map.findLane(tp.laneId()).orElse(null);
            if (lane == null) {
                problems.add("touchpoint \"" + tp.id() + "\" is in a missing lane \"" + tp.laneId() + "\"");
            } else if (!lane.kind().holdsCards()) {
                problems.add("touchpoint \"" + tp.id() + "\" is in the lane \"" + lane.id() + "\", which holds no cards");
            }
        }
        for (Lane lane : map.lanes()) {
            if (lane.chainId() != null && map.findChain(lane.chainId()).isEmpty()) {
                problems.add("lane \"" + lane.id() + "\" follows a missing chain \"" + lane.chainId() + "\"");
            }
        }
        for (Note note : map.notes()) {
            if (map.findStage(note.stageId()).isEmpty()) {
                problems.add("note \"" + note.id() + "\" is in a missing stage \"" + note.stageId() + "\"");
            }
            Lane lane = map.findLane(note.laneId()).orElse(null);
            if (lane == null) {
                problems.add("note \"" + note.id() + "\" is in a missing lane \"" + note.laneId() + "\"");
            } else if (!lane.kind().holdsNotes()) {
                problems.add("note \"" + note.id() + "\" is in the lane \"" + lane.id() + "\", which holds no notes");
            }
            note.supports().stream().filter(card -> !map.hasTouchpoint(card)).forEach(card -> problems.add(
                    "note \"" + note.id() + "\" supports a missing touchpoint \"" + card + "\""));
        }
        for (Chain chain : map.chains()) {
            for (ChainLink link : chain.links()) {
                for (String end : List.of(link.from(), link.to())) {
                    if (!map.hasTouchpoint(end)) {
                        problems.add("chain \"" + chain.id() + "\" links a missing touchpoint \"" + end + "\"");
                    }
                }
            }
            if (chain.nextChainId() != null && map.findChain(chain.nextChainId()).isEmpty()) {
                problems.add("chain \"" + chain.id() + "\" continues into a missing chain \""
                        + chain.nextChainId() + "\"");
            }
        }
        for (Ballot ballot : map.voting().ballots()) {
            ballot.dots().keySet().stream().filter(id -> !map.hasTouchpoint(id)).forEach(id -> problems.add(
                    "participant \"" + ballot.participant() + "\" voted for a missing touchpoint \"" + id + "\""));
        }
        return problems;
    }
}
