package org.touchmap.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

/**
 * The negative touchpoints of a map, weakest first: key points before the others, then by criteria
 * average from lowest to highest (touchpoints without criteria scores after those with), then by
 * stage order, then in the map's order.
 */
public final class WeakLinks {
    private WeakLinks() {
    }

    public static List<WeakLink> of(JourneyMap map) {
        Comparator<Touchpoint> order = Comparator
                .comparing((Touchpoint tp) -> !tp.keyPoint())
                .thenComparing(tp -> Double.isNaN(tp.criteriaAverage()))
                .thenComparingDouble(tp -> Double.isNaN(tp.criteriaAverage()) ? 0 : tp.criteriaAverage())
                .thenComparingInt(tp -> map.stageIndex(tp.stageId()));
        return map.touchpoints().stream()
                .filter(tp -> tp.rating() == Rating.NEGATIVE)
                .sorted(order) // stable: ties keep the map's order
                .map(WeakLinks::weakLink)
                .toList();
    }

    private static WeakLink weakLink(Touchpoint tp) {
        double average = tp.criteriaAverage();
        return new WeakLink(tp.id(), tp.name(), tp.stageId(), tp.keyPoint(),
                Double.isNaN(average) ? OptionalDouble.empty() : OptionalDouble.of(average));
    }
}
