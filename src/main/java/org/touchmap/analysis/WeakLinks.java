package org.touchmap.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

/**
 * The negative touchpoints of a map, weakest first: key points, then conversion points, then the
 * others (see {@link WeakLinkReason}); within each group by criteria average from lowest to highest,
 * touchpoints without criteria scores after those with; ties in the map's order.
 */
public final class WeakLinks {
    private WeakLinks() {
    }

    public static List<WeakLink> of(JourneyMap map) {
        Comparator<WeakLink> order = Comparator
                .comparing(WeakLink::reason)
                .thenComparing(link -> link.criteriaAverage().isEmpty())
                .thenComparingDouble(link -> link.criteriaAverage().orElse(0));
        return map.touchpoints().stream()
                .filter(tp -> tp.rating() == Rating.NEGATIVE)
                .map(WeakLinks::weakLink)
                .sorted(order) // stable: ties keep the map's order
                .toList();
    }

    private static WeakLink weakLink(Touchpoint tp) {
        double average = tp.criteriaAverage();
        return new WeakLink(tp.id(), tp.name(), tp.stageId(), tp.keyPoint(),
                Double.isNaN(average) ? OptionalDouble.empty() : OptionalDouble.of(average), WeakLinkReason.of(tp));
    }
}
