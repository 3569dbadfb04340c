package org.touchmap.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.touchmap.model.Criterion;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/** Which criteria the panel offers for some cards, and their average score. */
final class CriteriaSet {
    private CriteriaSet() {
    }

    /**
     * The criteria of the cards' channel type; for cards of several types, the criteria all of
     * them share, in the order of the first card's type.
     */
    static List<Criterion> shared(JourneyMap map, List<String> ids) {
        List<Touchpoint> cards = ids.stream().map(map::findTouchpoint).flatMap(Optional::stream).toList();
        if (cards.isEmpty()) {
            return List.of();
        }
        List<Criterion> shared = new ArrayList<>(cards.get(0).channel().criteria());
        cards.forEach(card -> shared.retainAll(card.channel().criteria()));
        return List.copyOf(shared);
    }

    /** Whether the cards' channels have different sets of criteria. */
    static boolean differ(JourneyMap map, List<String> ids) {
        return ids.stream().map(map::findTouchpoint).flatMap(Optional::stream)
                .map(card -> card.channel().type()).distinct().count() > 1;
    }

    /**
     * The average of the scores given for these criteria on these cards, or empty when none is
     * scored. Scores of criteria the panel does not offer (left from an earlier channel) are not counted.
     */
    static OptionalDouble average(JourneyMap map, List<String> ids, List<Criterion> criteria) {
        return ids.stream().map(map::findTouchpoint).flatMap(Optional::stream)
                .flatMap(card -> criteria.stream().map(c -> card.criteria().get(c.id())))
                .filter(score -> score != null)
                .mapToInt(Integer::intValue)
                .average();
    }
}
