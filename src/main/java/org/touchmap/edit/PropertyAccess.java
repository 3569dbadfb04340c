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
 * @param freeze         copies a value the caller might still change, so redo sets what was asked for
 */
record PropertyAccess<T, V>(String descriptionKey, Function<T, V> getter, BiConsumer<T, V> setter,
                            BiPredicate<JourneyMap, V> allowed, UnaryOperator<V> freeze) {

    static <T, V> PropertyAccess<T, V> of(String descriptionKey, Function<T, V> getter, BiConsumer<T, V> setter) {
        return new PropertyAccess<>(descriptionKey, getter, setter, (map, value) -> true, UnaryOperator.identity());
    }

    PropertyAccess<T, V> allowing(BiPredicate<JourneyMap, V> allowedValues) {
        return new PropertyAccess<>(descriptionKey, getter, setter, allowedValues, freeze);
    }

    PropertyAccess<T, V> freezing(UnaryOperator<V> copier) {
        return new PropertyAccess<>(descriptionKey, getter, setter, allowed, copier);
    }
}
