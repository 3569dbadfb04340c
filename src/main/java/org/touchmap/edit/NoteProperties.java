package org.touchmap.edit;

import org.touchmap.model.Note;

/** The values of a note that can be edited, each one undoable. */
public final class NoteProperties {
    /** The note's text (its name). */
    public static final ElementProperty<Note, String> TEXT = new ElementProperty<>(ElementKind.NOTE,
            PropertyAccess.of("note.change.text", Note::name, Note::setName));

    private NoteProperties() {
    }
}
