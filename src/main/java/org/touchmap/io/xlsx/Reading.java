package org.touchmap.io.xlsx;

import java.util.List;

/** A cell read as a column's value, or the problem that kept it from being read. */
record Reading<V>(V value, String problemKey, List<String> problemArgs) {

    static <V> Reading<V> of(V value) {
        return new Reading<>(value, null, List.of());
    }

    static <V> Reading<V> problem(String key, String... args) {
        return new Reading<>(null, key, List.of(args));
    }

    boolean isProblem() {
        return problemKey != null;
    }
}
