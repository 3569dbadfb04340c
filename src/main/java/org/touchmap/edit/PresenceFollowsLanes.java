package org.touchmap.edit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.LanePresence;
import org.touchmap.model.Presence;
import org.touchmap.model.Touchpoint;

/**
 * Online/offline brought back in line with the lanes after an edit that may have changed what the lanes say:
 * a lane renamed, added or deleted can make or break the Online/Offline pair (see {@link LanePresence}), and
 * a presence set by hand on a card whose lane decides it gives way to the lane. The edit keeps what this
 * changed, so its undo puts the presences back in the same step.
 */
final class PresenceFollowsLanes {
    private PresenceFollowsLanes() {
    }

    /** Sets every card whose lane decides its presence to that presence; returns what the changed cards had. */
    static Map<String, Presence> apply(JourneyMap map) {
        Map<String, Presence> before = new LinkedHashMap<>();
        for (Touchpoint card : LanePresence.staleCards(map)) {
            before.put(card.id(), card.presence());
            LanePresence.of(map, card.laneId()).ifPresent(card::setPresence);
        }
        return before;
    }

    /** Puts back the presences {@link #apply} returned. */
    static void restore(JourneyMap map, Map<String, Presence> before) {
        before.forEach((id, presence) -> map.touchpoint(id).setPresence(presence));
    }

    /** A property change's consequence: presences follow the lanes in the change's undo step. */
    static <T, V> PropertyAccess.Consequence<T, V> afterChange() {
        return (map, element, oldValue) -> {
            Map<String, Presence> before = apply(map);
            return (m, e) -> restore(m, before);
        };
    }
}
