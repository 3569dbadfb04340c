package org.touchmap.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The whole map as it was at one moment, kept inside the map under a name, e.g. "before workshop",
 * so that later it can be compared with the map as it is. A snapshot's map has no snapshots of its
 * own, and nobody edits it: it is a record of the past.
 *
 * @param name          what the person called it; may be empty
 * @param taken         when it was taken
 * @param map           the map at that moment, without snapshots
 * @param unknownFields fields of the file's snapshot entry this version does not know, kept for the next save
 */
public record Snapshot(String name, Instant taken, JourneyMap map, UnknownFields unknownFields) {

    public Snapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(taken, "taken");
        Objects.requireNonNull(unknownFields, "unknownFields");
        if (!map.snapshots().isEmpty()) {
            throw new IllegalArgumentException("The map of a snapshot has no snapshots of its own");
        }
    }

    public Snapshot(String name, Instant taken, JourneyMap map) {
        this(name, taken, map, UnknownFields.NONE);
    }

    /** A snapshot of {@code map} as it is now: a copy without its snapshots, the time to the second. */
    public static Snapshot take(String name, Instant taken, JourneyMap map) {
        JourneyMap copy = map.copy();
        copy.setSnapshots(List.of());
        return new Snapshot(name, taken.truncatedTo(ChronoUnit.SECONDS), copy);
    }

    /** The same snapshot under another name. */
    public Snapshot renamed(String newName) {
        return new Snapshot(newName, taken, map, unknownFields);
    }

    /**
     * The snapshot itself: nobody edits a snapshot's map, so a copy of the map it belongs to can
     * share it. Copying it each time would make every autosave, export and print copy the whole
     * history of the map.
     */
    Snapshot copy() {
        return this;
    }
}
