package org.touchmap.edit;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;

import java.util.Objects;

/**
 * Gives a lane another kind. Only what the lane holds may stay in it: a lane with cards keeps a
 * kind that holds cards, a lane with notes one that holds notes; an empty lane takes any kind.
 */
public final class ChangeLaneKind implements Command {
    private final String laneId;
    private final LaneKind kind;
    private LaneKind before;
    private String label;

    public ChangeLaneKind(String laneId, LaneKind kind) {
        this.laneId = Objects.requireNonNull(laneId, "laneId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.label = laneId;
    }

    /** Whether the lane may take {@code kind} with what it holds now. */
    public static boolean fits(JourneyMap map, String laneId, LaneKind kind) {
        boolean cards = map.touchpoints().stream().anyMatch(card -> card.laneId().equals(laneId));
        boolean notes = map.notes().stream().anyMatch(note -> note.laneId().equals(laneId));
        return !(cards && kind.holdsNotes()) && !(notes && !kind.holdsNotes());
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return map.findLane(laneId).isPresent() && fits(map, laneId, kind);
    }

    @Override
    public void execute(JourneyMap map) {
        Lane lane = map.lane(laneId);
        before = lane.kind();
        label = lane.name();
        lane.setKind(kind);
    }

    @Override
    public void undo(JourneyMap map) {
        map.lane(laneId).setKind(before);
    }

    @Override
    public Description description() {
        return Description.of("lane.change.kind", label);
    }
}
