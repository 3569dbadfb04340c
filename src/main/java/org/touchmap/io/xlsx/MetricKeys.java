package org.touchmap.io.xlsx;

import java.util.Locale;

import org.touchmap.model.Metric;

/** The name of a metric in column keys: {@code TIME_TO_TARGET_SECONDS} → {@code timeToTargetSeconds}, as in map files. */
final class MetricKeys {
    private MetricKeys() {
    }

    static String of(Metric metric) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : metric.name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }
}
