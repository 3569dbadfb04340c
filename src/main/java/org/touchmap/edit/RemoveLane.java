package org.touchmap.edit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Presence;
import org.touchmap.model.Touchpoint;

/**
 * Deletes a lane (row) after moving its cards to another lane or deleting them; its notes go
 * with it. Undo puts the lane back in its place among the lanes and its cards and notes back
 * exactly as they were. The cards
 * left take the presence of their lane where the remaining lanes are the Online/Offline pair.
 */
public final class RemoveLane implements Command {
    private final String laneId;
    private final LaneRemoval removal;
    private String label;
    private Lane removed;
    private int index;
    private Command cardClearance;
    private NoteClearance noteClearance;
    /** Presences that follow the lanes left (the pair may form or break); captured on execute. */
    private Map<String, Presence> presences = Map.of();

    public RemoveLane(String laneId, LaneRemoval removal) {
        this.laneId = Objects.requireNonNull(laneId, "laneId");
        this.removal = Objects.requireNonNull(removal, "removal");
        this.label = laneId;
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        if (map.findLane(laneId).isEmpty()) {
            return false;
        }
        return !(removal instanceof LaneRemoval.MoveCardsTo move)
                || (!move.laneId().equals(laneId) && CardLanes.takesCards(map, move.laneId()));
    }

    @Override
    public void execute(JourneyMap map) {
        Lane lane = map.lane(laneId);
        List<String> cardIds = map.touchpoints().stream()
                .filter(card -> card.laneId().equals(laneId)).map(Touchpoint::id).toList();
        cardClearance = removal instanceof LaneRemoval.MoveCardsTo move
                ? CardClearance.move(map, cardIds, place -> place.inLane(move.laneId()))
                : CardClearance.delete(cardIds);
        cardClearance.execute(map);
        noteClearance = NoteClearance.delete(note -> note.laneId().equals(laneId));
        noteClearance.execute(map);
        index = map.removeLane(laneId);
        removed = lane;
        label = lane.name();
        presences = PresenceFollowsLanes.apply(map);
    }

    @Override
    public void undo(JourneyMap map) {
        PresenceFollowsLanes.restore(map, presences);
        map.addLane(index, removed);
        noteClearance.undo(map);
        cardClearance.undo(map);
    }

    @Override
    public Description description() {
        return Description.of("lane.remove", label);
    }
}
