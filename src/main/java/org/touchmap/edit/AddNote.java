package org.touchmap.edit;

import org.touchmap.model.Ids;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Note;

import java.util.Objects;

/**
 * Adds a note to a stage's cell of a notes lane, after the notes the cell has; the command keeps
 * its own copy of the note.
 */
public final class AddNote implements Command {
    private final Note note;

    public AddNote(Note note) {
        this.note = Objects.requireNonNull(note, "note").copy();
    }

    /** A new note with a fresh {@code note-} id. */
    public static AddNote newNote(JourneyMap map, String text, String stageId, String laneId) {
        return new AddNote(new Note(Ids.next("note", map.allIds()), text, stageId, laneId));
    }

    public String noteId() {
        return note.id();
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return !map.usesId(note.id()) && map.findStage(note.stageId()).isPresent()
                && map.findLane(note.laneId()).map(Lane::kind).filter(kind -> kind.holdsNotes()).isPresent();
    }

    @Override
    public void execute(JourneyMap map) {
        map.addNote(note.copy());
    }

    @Override
    public void undo(JourneyMap map) {
        map.removeNote(note.id());
    }

    @Override
    public Description description() {
        return Description.of("note.add", note.name());
    }
}
