package org.touchmap.ui.properties;

import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;

/**
 * What the edited elements have in one field: a value they all share, or "mixed" when they
 * differ. The panel shows a shared value as usual and a mixed one as an empty field marked
 * "mixed values", so an edit there gives every selected element the same value.
 *
 * @param value the shared value ({@code null} may mean "not set"); {@code null} when mixed
 * @param mixed whether the elements differ
 */
record CommonValue<V>(V value, boolean mixed) {

    static <V> CommonValue<V> same(V value) {
        return new CommonValue<>(value, false);
    }

    static <V> CommonValue<V> mixedValues() {
        return new CommonValue<>(null, true);
    }

    /** The common value of some elements' values; no values at all count as one shared "not set". */
    static <V> CommonValue<V> of(Collection<? extends V> values) {
        Iterator<? extends V> it = values.iterator();
        if (!it.hasNext()) {
            return same(null);
        }
        V first = it.next();
        while (it.hasNext()) {
            if (!Objects.equals(first, it.next())) {
                return mixedValues();
            }
        }
        return same(first);
    }

    /** Whether every element has exactly {@code candidate}. */
    boolean is(V candidate) {
        return !mixed && Objects.equals(value, candidate);
    }
}
