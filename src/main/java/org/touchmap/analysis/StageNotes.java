package org.touchmap.analysis;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;

import java.util.List;

/**
 * What the people at a workshop wrote down as a stage's pain points and opportunities: the notes
 * in the stage's cells of the map's pain-point and opportunity lanes, in the map's order. The
 * pain points written on single cards stay with their cards.
 *
 * @param stageId       the stage
 * @param painPoints    notes of lanes of kind {@link LaneKind#PAIN_POINTS}
 * @param opportunities notes of lanes of kind {@link LaneKind#OPPORTUNITIES}
 */
public record StageNotes(String stageId, List<Note> painPoints, List<Note> opportunities) {
    public StageNotes {
        painPoints = List.copyOf(painPoints);
        opportunities = List.copyOf(opportunities);
    }

    /** One per stage, in stage order. */
    public static List<StageNotes> of(JourneyMap map) {
        return map.stages().stream().map(stage -> new StageNotes(stage.id(),
                notes(map, stage.id(), LaneKind.PAIN_POINTS), notes(map, stage.id(), LaneKind.OPPORTUNITIES)))
                .toList();
    }

    private static List<Note> notes(JourneyMap map, String stageId, LaneKind kind) {
        return map.notes().stream().filter(note -> note.stageId().equals(stageId))
                .filter(note -> map.findLane(note.laneId()).map(Lane::kind).orElse(null) == kind).toList();
    }
}
