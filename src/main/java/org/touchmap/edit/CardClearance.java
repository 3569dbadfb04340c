package org.touchmap.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.touchmap.model.JourneyMap;

/**
 * Empties a stage or lane that is about to be deleted: its cards either move elsewhere or are
 * deleted with their links. The result runs before the stage or lane goes and is undone after
 * it is back, which restores every card, its place in the list and its links exactly.
 */
final class CardClearance {
    /** An empty stage or lane has nothing to clear; its description is never shown. */
    private static final Command NO_CARDS = new CompositeCommand(Description.of("touchpoints.move", 0), List.of());

    private CardClearance() {
    }

    static Command move(JourneyMap map, List<String> cardIds, UnaryOperator<Placement> newPlace) {
        if (cardIds.isEmpty()) {
            return NO_CARDS;
        }
        Map<String, Placement> targets = new LinkedHashMap<>();
        for (String id : cardIds) {
            targets.put(id, newPlace.apply(Placement.of(map.touchpoint(id))));
        }
        return new MoveTouchpoints(targets);
    }

    static Command delete(List<String> cardIds) {
        return new CompositeCommand(Description.of("touchpoints.remove", cardIds.size()),
                cardIds.stream().map(RemoveTouchpoint::new).toList());
    }
}
