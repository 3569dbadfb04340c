package org.touchmap.io.json;

import java.util.List;

/**
 * The oldest format version that holds a map (ADR 0024): a map that uses nothing newer is written
 * exactly as before, and one that does is refused by a Touchmap too old to understand it instead
 * of being misread there.
 */
final class FormatVersion {
    static final int FIRST = 1;
    /** Lanes of kinds other than touchpoints, folded lanes, and the notes of notes lanes. */
    static final int TYPED_LANES = 2;

    private FormatVersion() {
    }

    static int needed(MapDto map) {
        boolean typed = map.lanes().stream().anyMatch(lane -> lane.kind() != null || lane.folded() != null
                        || lane.chain() != null)
                || !map.notes().isEmpty();
        int needed = typed ? TYPED_LANES : FIRST;
        List<SnapshotDto> snapshots = map.snapshots() == null ? List.of() : map.snapshots();
        for (SnapshotDto snapshot : snapshots) {
            needed = Math.max(needed, needed(snapshot.map()));
        }
        return needed;
    }
}
