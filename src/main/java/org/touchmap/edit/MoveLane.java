package org.touchmap.edit;

import java.util.Objects;

import org.touchmap.model.JourneyMap;

/** Moves a lane (row) to another place among the lanes; its cards go with it. */
public final class MoveLane implements Command {
    private final String laneId;
    private final int newIndex;
    private int oldIndex;
    private String label;

    public MoveLane(String laneId, int newIndex) {
        this.laneId = Objects.requireNonNull(laneId, "laneId");
        this.newIndex = newIndex;
        this.label = laneId;
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return map.findLane(laneId).isPresent() && newIndex >= 0 && newIndex < map.lanes().size();
    }

    @Override
    public void execute(JourneyMap map) {
        oldIndex = map.laneIndex(laneId);
        map.moveLane(laneId, newIndex);
        label = map.lane(laneId).name();
    }

    @Override
    public void undo(JourneyMap map) {
        map.moveLane(laneId, oldIndex);
    }

    @Override
    public Description description() {
        return Description.of("lane.move", label);
    }
}
