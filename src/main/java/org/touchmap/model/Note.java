package org.touchmap.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A short note in a stage's cell of a notes lane: what the customer thinks, feels or does there,
 * a pain point, an opportunity (see {@link LaneKind}). Its name is the note's text; notes of one
 * cell keep the order of the map's list.
 *
 * <p>In the lanes of a service blueprint a note is a process step or a piece of evidence: it may
 * name its {@link #owner()} (a role or a team) and the touchpoints it {@link #supports()}, drawn as
 * vertical links across the blueprint's lines (ADR 0024). In a storyboard lane a note is a frame: a
 * {@link #picture()} with the note's text as its caption (ADR 0026).
 */
public final class Note extends MapElement {
    private String stageId;
    private String laneId;
    private String owner = "";
    private List<String> supports = List.of();
    private Picture picture;

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

    /** Who does the step: a role, a team or a system; empty when not said. */
    public String owner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** Ids of the touchpoints this step supports, in the order they were linked, each once. */
    public List<String> supports() {
        return supports;
    }

    public void setSupports(List<String> touchpointIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(touchpointIds));
        ids.forEach(Ids::requireValid);
        this.supports = ids;
    }

    /** The picture of a storyboard frame, whose caption is the note's text; {@code null} without one. */
    public Picture picture() {
        return picture;
    }

    public void setPicture(Picture picture) {
        this.picture = picture;
    }

    public Note copy() {
        Note copy = new Note(id(), name(), stageId, laneId);
        copy.owner = owner;
        copy.supports = supports;
        copy.picture = picture;
        copyBaseTo(copy);
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Note n && baseEquals(n) && stageId.equals(n.stageId) && laneId.equals(n.laneId)
                && owner.equals(n.owner) && supports.equals(n.supports) && Objects.equals(picture, n.picture);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id(), stageId, laneId);
    }
}
