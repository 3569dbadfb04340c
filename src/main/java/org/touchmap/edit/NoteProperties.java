package org.touchmap.edit;

import java.util.List;

import org.touchmap.model.Note;

/** The values of a note that can be edited, each one undoable. */
public final class NoteProperties {
    /** The note's text (its name). */
    public static final ElementProperty<Note, String> TEXT = new ElementProperty<>(ElementKind.NOTE,
            PropertyAccess.of("note.change.text", Note::name, Note::setName));

    /** Who does the process step. */
    public static final ElementProperty<Note, String> OWNER = new ElementProperty<>(ElementKind.NOTE,
            PropertyAccess.of("note.change.owner", Note::owner, Note::setOwner));

    /** The touchpoints the process step supports; every one must be on the map. */
    public static final ElementProperty<Note, List<String>> SUPPORTS = new ElementProperty<>(ElementKind.NOTE,
            PropertyAccess.of("note.change.supports", Note::supports, Note::setSupports)
                    .allowing((map, ids) -> ids != null && ids.stream().allMatch(map::hasTouchpoint))
                    .freezing(List::copyOf));

    /** A storyboard frame's picture; {@code null} takes it away. */
    public static final ElementProperty<Note, org.touchmap.model.Picture> PICTURE = new ElementProperty<>(
            ElementKind.NOTE, PropertyAccess.of("note.change.picture", Note::picture, Note::setPicture));

    private NoteProperties() {
    }
}
