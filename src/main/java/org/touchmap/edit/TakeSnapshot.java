package org.touchmap.edit;

import java.time.Instant;
import java.util.Objects;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Snapshot;

/** Keeps a named snapshot of the whole map, after the snapshots taken before it. */
public final class TakeSnapshot implements Command {
    private final Snapshot snapshot;

    private TakeSnapshot(Snapshot snapshot) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    }

    /** A snapshot of {@code map} as it is when this is called, not when the command runs. */
    public static TakeSnapshot of(JourneyMap map, String name, Instant taken) {
        return new TakeSnapshot(Snapshot.take(name, taken, map));
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    @Override
    public void execute(JourneyMap map) {
        map.addSnapshot(map.snapshots().size(), snapshot);
    }

    @Override
    public void undo(JourneyMap map) {
        map.removeSnapshot(map.snapshots().size() - 1);
    }

    @Override
    public Description description() {
        return Description.of("snapshot.take", snapshot.name());
    }
}
