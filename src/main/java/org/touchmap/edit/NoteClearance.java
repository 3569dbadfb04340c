package org.touchmap.edit;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Note;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The notes of a stage or lane that is being removed: deleted with it, or moved to the stage that
 * takes its cards. Undo puts every note back in its place in the map's list, so each cell shows
 * its notes in the order it had.
 */
final class NoteClearance {
    private record Taken(int index, Note note) {
    }

    private final Predicate<Note> which;
    /** The stage the notes move to; {@code null} deletes them. */
    private final String toStageId;
    private final List<Taken> deleted = new ArrayList<>();
    private final Map<Note, String> movedFrom = new LinkedHashMap<>();

    private NoteClearance(Predicate<Note> which, String toStageId) {
        this.which = which;
        this.toStageId = toStageId;
    }

    static NoteClearance delete(Predicate<Note> which) {
        return new NoteClearance(which, null);
    }

    static NoteClearance moveToStage(Predicate<Note> which, String stageId) {
        return new NoteClearance(which, stageId);
    }

    void execute(JourneyMap map) {
        deleted.clear();
        movedFrom.clear();
        List<Note> notes = map.notes();
        for (int i = notes.size() - 1; i >= 0; i--) {
            Note note = notes.get(i);
            if (!which.test(note)) {
                continue;
            }
            if (toStageId == null) {
                map.removeNote(note.id());
                deleted.add(0, new Taken(i, note));
            } else {
                movedFrom.put(note, note.stageId());
                note.setStageId(toStageId);
            }
        }
    }

    /** After the stage or lane is back on the map. */
    void undo(JourneyMap map) {
        for (Taken taken : deleted) {
            map.addNote(taken.index(), taken.note());
        }
        movedFrom.forEach(Note::setStageId);
    }
}
