package org.touchmap.analysis;

import java.util.Objects;

/**
 * One difference in a note between the map before and the map after: {@link ChangeKind#ADDED},
 * {@link ChangeKind#REMOVED}, {@link ChangeKind#MOVED_STAGE} (another stage or lane) or
 * {@link ChangeKind#EDITED} (another text, owner or supported cards). {@link #before()} is
 * {@code null} for an added note, {@link #after()} for a removed one.
 */
public record NoteChange(ChangeKind kind, NoteState before, NoteState after) {

    public NoteChange {
        Objects.requireNonNull(kind, "kind");
        if (before == null && kind != ChangeKind.ADDED || after == null && kind != ChangeKind.REMOVED) {
            throw new IllegalArgumentException(kind + " needs the note on both sides it is on");
        }
    }

    /** The note as it is now: after the change, or before it when it was removed. */
    public NoteState current() {
        return after != null ? after : before;
    }
}
