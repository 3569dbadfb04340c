package org.touchmap.edit;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Note;

import java.util.Objects;

/** Deletes a note; undo puts it back in its place among the notes. */
public final class RemoveNote implements Command {
    private final String noteId;
    private Note removed;
    private int index;
    private String label;

    public RemoveNote(String noteId) {
        this.noteId = Objects.requireNonNull(noteId, "noteId");
        this.label = noteId;
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return map.findNote(noteId).isPresent();
    }

    @Override
    public void execute(JourneyMap map) {
        removed = map.findNote(noteId).orElseThrow();
        label = removed.name();
        index = map.removeNote(noteId);
    }

    @Override
    public void undo(JourneyMap map) {
        map.addNote(index, removed);
    }

    @Override
    public Description description() {
        return Description.of("note.remove", label);
    }
}
