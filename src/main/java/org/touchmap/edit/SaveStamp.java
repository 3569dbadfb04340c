package org.touchmap.edit;

import org.touchmap.model.JourneyMap;

import java.time.Instant;

/**
 * Saving records when the map was last changed. This is the one change to a map that is not a
 * command: no person makes it, and undo must not take it back (an undo after a save makes the
 * map differ from its file again, and the next save stamps it anew).
 */
public final class SaveStamp {
    private SaveStamp() {
    }

    /** Stamps {@code map} as changed at {@code now} when it has changes not yet saved or was never stamped. */
    public static void beforeSaving(JourneyMap map, boolean unsavedChanges, Instant now) {
        if (unsavedChanges || map.modified() == null) {
            map.setModified(now);
        }
    }
}
