package org.touchmap.edit;

import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.touchmap.model.JourneyMap;

/**
 * How to read and write one value of a map or of an element, and what changing it is called.
 *
 * @param descriptionKey key of the change's description; it takes the element's name
 * @param getter         reads the value
 * @param setter         writes the value; may throw {@link IllegalArgumentException} for an invalid one
 * @param allowed        whether a value may be set on this map, for values that refer to other elements
 * @param fits           whether a value may be set on this element with what it holds (a lane's kind)
 * @param freeze         copies a value the caller might still change, so redo sets what was asked for
 * @param consequence    what else follows from the change, in the same undo step (see {@link Consequence})
 */
record PropertyAccess<T, V>(String descriptionKey, Function<T, V> getter, BiConsumer<T, V> setter,
                            BiPredicate<JourneyMap, V> allowed, Fit<T, V> fits, UnaryOperator<V> freeze,
                            Consequence<T, V> consequence) {

    /** Whether {@code value} may be set on {@code element} of {@code map}. */
    @FunctionalInterface
    interface Fit<T, V> {
        boolean test(JourneyMap map, T element, V value);
    }

    static <T, V> PropertyAccess<T, V> of(String descriptionKey, Function<T, V> getter, BiConsumer<T, V> setter) {
        return new PropertyAccess<>(descriptionKey, getter, setter, (map, value) -> true,
                (map, element, value) -> true, UnaryOperator.identity(), Consequence.none());
    }

    PropertyAccess<T, V> allowing(BiPredicate<JourneyMap, V> allowedValues) {
        return new PropertyAccess<>(descriptionKey, getter, setter, allowedValues, fits, freeze, consequence);
    }

    PropertyAccess<T, V> fitting(Fit<T, V> elementFits) {
        return new PropertyAccess<>(descriptionKey, getter, setter, allowed, elementFits, freeze, consequence);
    }

    PropertyAccess<T, V> freezing(UnaryOperator<V> copier) {
        return new PropertyAccess<>(descriptionKey, getter, setter, allowed, fits, copier, consequence);
    }

    PropertyAccess<T, V> followedBy(Consequence<T, V> then) {
        return new PropertyAccess<>(descriptionKey, getter, setter, allowed, fits, freeze, then);
    }

    /**
     * Values derived from the one changed, brought up to date right after it is set, so they never go stale
     * and undo takes them back with it: a stage's template question cleared by a rename, a card's channel
     * guessed from its new name.
     */
    @FunctionalInterface
    interface Consequence<T, V> {
        /**
         * Brings the derived values of {@code element} up to date after its value changed from
         * {@code oldValue}; returns what puts them back as they were.
         */
        BiConsumer<JourneyMap, T> follow(JourneyMap map, T element, V oldValue);

        static <T, V> Consequence<T, V> none() {
            return (map, element, oldValue) -> (m, e) -> { };
        }
    }
}
