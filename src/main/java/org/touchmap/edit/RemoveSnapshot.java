package org.touchmap.edit;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Snapshot;

/** Deletes one snapshot; undo puts it back where it was. */
public final class RemoveSnapshot implements Command {
    private final int index;
    private final String name;
    private Snapshot removed;

    /** Deletes the snapshot at {@code index} of {@code map}'s snapshots. */
    public RemoveSnapshot(JourneyMap map, int index) {
        this.index = index;
        this.name = map.snapshots().get(index).name();
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return index < map.snapshots().size() && map.snapshots().get(index).name().equals(name);
    }

    @Override
    public void execute(JourneyMap map) {
        removed = map.removeSnapshot(index);
    }

    @Override
    public void undo(JourneyMap map) {
        map.addSnapshot(index, removed);
    }

    @Override
    public Description description() {
        return Description.of("snapshot.remove", name);
    }
}
