package org.touchmap.io.xlsx;

import java.util.List;

/** A cell read as a column's value, or the problem that kept it from being read. */
record CellReading<V>(V value, String problemKey, List<String> problemArgs) {

    static <V> CellReading<V> of(V value) {
        return new CellReading<>(value, null, List.of());
    }

    static <V> CellReading<V> problem(String key, String... args) {
        return new CellReading<>(null, key, List.of(args));
    }

    boolean isProblem() {
        return problemKey != null;
    }
}
