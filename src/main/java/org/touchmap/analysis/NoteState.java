package org.touchmap.analysis;

import java.util.List;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;
import org.touchmap.model.Picture;

/**
 * A note of a notes lane, or a process step of the blueprint, as one side of a comparison shows it:
 * its words, its place by id and by name, and the cards it supports.
 *
 * @param id        the note's id in its map
 * @param text      the note
 * @param owner     who does the step; empty when not said
 * @param stageId   its stage's id
 * @param stageName its stage's name
 * @param laneId    its lane's id
 * @param laneName  its lane's name
 * @param laneKind  what its lane holds
 * @param supports  ids of the touchpoints it supports
 * @param picture   a storyboard frame's picture, or {@code null}
 */
public record NoteState(String id, String text, String owner, String stageId, String stageName, String laneId,
                        String laneName, LaneKind laneKind, List<String> supports, Picture picture) {

    public NoteState {
        supports = List.copyOf(supports);
    }

    static NoteState of(JourneyMap map, Note note) {
        var lane = map.lane(note.laneId());
        return new NoteState(note.id(), note.name(), note.owner(), note.stageId(), map.stage(note.stageId()).name(),
                lane.id(), lane.name(), lane.kind(), note.supports(), note.picture());
    }

    /** Whether anything but the place differs: the text, the owner, the cards supported, the picture. */
    boolean differsBesidesItsPlace(NoteState other) {
        return !text.equals(other.text) || !owner.equals(other.owner) || !supports.equals(other.supports)
                || !java.util.Objects.equals(picture, other.picture);
    }
}
