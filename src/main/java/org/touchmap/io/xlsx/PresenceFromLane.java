package org.touchmap.io.xlsx;

import java.util.Optional;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.LanePresence;
import org.touchmap.model.Presence;
import org.touchmap.model.Touchpoint;

/**
 * In the Online/Offline pair of lanes the lane decides whether a card is online or offline
 * ({@link LanePresence}), in an import as everywhere else. A row's presence cell that says otherwise
 * is not used, and the summary tells the person so, so nothing they typed disappears unexplained.
 */
final class PresenceFromLane {
    private PresenceFromLane() {
    }

    /**
     * Gives the card the presence of its lane where the lanes decide it; returns the summary's note
     * when the row's presence cell ({@code sheetSaysPresence}) asked for the other one.
     */
    static Optional<SummaryLine> apply(JourneyMap map, Touchpoint card, boolean sheetSaysPresence) {
        Optional<Presence> fromLane = LanePresence.of(map, card.laneId());
        if (fromLane.isEmpty() || fromLane.get() == card.presence()) {
            return Optional.empty();
        }
        Touchpoint asked = card.copy();
        card.setPresence(fromLane.get());
        if (!sheetSaysPresence) {
            return Optional.empty();
        }
        return Optional.of(SummaryLine.of("summary.presenceFollowsLane", card.name(),
                new SummaryLine.Localized(TouchpointColumns.PRESENCE::header),
                word(map, card.copy()), map.lane(card.laneId()).name(), word(map, asked)));
    }

    private static SummaryLine.Localized word(JourneyMap map, Touchpoint card) {
        return new SummaryLine.Localized(locale -> TouchpointColumns.PRESENCE.display(card, locale, map));
    }
}
