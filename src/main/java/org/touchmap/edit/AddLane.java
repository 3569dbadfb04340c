package org.touchmap.edit;

import java.util.Map;
import java.util.Objects;

import org.touchmap.model.Ids;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Presence;

/**
 * Inserts a new lane (row); the command keeps its own copy of the lane. A lane that completes the
 * Online/Offline pair sets the presence of the cards in the pair's lanes in the same step.
 */
public final class AddLane implements Command {
    private final ListPosition position;
    private final Lane lane;
    /** Presences the new lane changed (it may complete the Online/Offline pair); captured on execute. */
    private Map<String, Presence> presences = Map.of();

    /** Adds a copy of {@code lane} at {@code index} among the lanes. */
    public AddLane(int index, Lane lane) {
        this(ListPosition.at(index), lane);
    }

    private AddLane(ListPosition position, Lane lane) {
        this.position = position;
        this.lane = Objects.requireNonNull(lane, "lane").copy();
    }

    /** Adds a copy of {@code lane} after whatever lane is last when the command runs. */
    public static AddLane atEnd(Lane lane) {
        return new AddLane(ListPosition.END, lane);
    }

    /** A new empty lane with a fresh {@code lane-} id at {@code index}. */
    public static AddLane newLane(JourneyMap map, int index, String name) {
        return new AddLane(index, new Lane(Ids.next("lane", map.allIds()), name));
    }

    /**
     * New lanes of the given kinds, one under another from {@code index}, each with a fresh id and
     * the name {@code names} gives its kind.
     */
    public static java.util.List<AddLane> ofKinds(JourneyMap map, int index, java.util.List<LaneKind> kinds,
                                                  java.util.function.Function<LaneKind, String> names) {
        java.util.Set<String> ids = new java.util.HashSet<>(map.allIds());
        java.util.List<AddLane> adds = new java.util.ArrayList<>();
        for (LaneKind kind : kinds) {
            Lane lane = new Lane(Ids.next("lane", ids), names.apply(kind));
            ids.add(lane.id());
            lane.setKind(kind);
            adds.add(new AddLane(index + adds.size(), lane));
        }
        return adds;
    }

    public String laneId() {
        return lane.id();
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return position.fits(map.lanes().size()) && !map.usesId(lane.id());
    }

    @Override
    public void execute(JourneyMap map) {
        map.addLane(position.resolve(map.lanes().size()), lane.copy());
        presences = PresenceFollowsLanes.apply(map);
    }

    @Override
    public void undo(JourneyMap map) {
        PresenceFollowsLanes.restore(map, presences);
        map.removeLane(lane.id());
    }

    @Override
    public Description description() {
        return Description.of("lane.add", lane.name());
    }
}
