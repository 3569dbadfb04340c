package org.touchmap.edit;

import java.util.Objects;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Snapshot;

/** Gives one snapshot another name. */
public final class RenameSnapshot implements Command {
    private final int index;
    private final String oldName;
    private final String newName;

    /** Renames the snapshot at {@code index} of {@code map}'s snapshots to {@code newName}. */
    public RenameSnapshot(JourneyMap map, int index, String newName) {
        this.index = index;
        this.oldName = map.snapshots().get(index).name();
        this.newName = Objects.requireNonNull(newName, "newName");
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return index < map.snapshots().size() && map.snapshots().get(index).name().equals(oldName);
    }

    @Override
    public void execute(JourneyMap map) {
        Snapshot snapshot = map.snapshots().get(index);
        map.replaceSnapshot(index, snapshot.renamed(newName));
    }

    @Override
    public void undo(JourneyMap map) {
        map.replaceSnapshot(index, map.snapshots().get(index).renamed(oldName));
    }

    @Override
    public Description description() {
        return Description.of("snapshot.rename", oldName, newName);
    }
}
