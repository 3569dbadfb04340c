package org.touchmap.model;

import java.util.Objects;

/**
 * A short note in a stage's cell of a notes lane: what the customer thinks, feels or does there,
 * a pain point, an opportunity (see {@link LaneKind}). Its name is the note's text; notes of one
 * cell keep the order of the map's list.
 */
public final class Note extends MapElement {
    private String stageId;
    private String laneId;

    public Note(String id, String text, String stageId, String laneId) {
        super(id, text);
        this.stageId = Ids.requireValid(stageId);
        this.laneId = Ids.requireValid(laneId);
    }

    public String stageId() {
        return stageId;
    }

    public void setStageId(String stageId) {
        this.stageId = Ids.requireValid(stageId);
    }

    public String laneId() {
        return laneId;
    }

    public void setLaneId(String laneId) {
        this.laneId = Ids.requireValid(laneId);
    }

    public Note copy() {
        Note copy = new Note(id(), name(), stageId, laneId);
        copyBaseTo(copy);
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Note n && baseEquals(n) && stageId.equals(n.stageId) && laneId.equals(n.laneId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id(), stageId, laneId);
    }
}
