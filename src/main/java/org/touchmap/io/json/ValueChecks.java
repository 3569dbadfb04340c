package org.touchmap.io.json;

import org.touchmap.io.FileProblem;
import org.touchmap.io.ErrorText;
import org.touchmap.io.JsonPath;
import org.touchmap.io.ProblemKind;
import org.touchmap.model.Colors;
import org.touchmap.model.Ids;
import org.touchmap.model.Metric;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Checks of single values read from a file; each failure names the value by its JSON path. */
final class ValueChecks {
    private ValueChecks() {
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static String validId(String id, JsonPath at) {
        if (!Ids.isValid(id)) {
            throw FileProblem.at(at, ProblemKind.INVALID_ID, ErrorText.quote(id));
        }
        return id;
    }

    /** A valid id that must name an existing element of some kind. */
    static String reference(String id, JsonPath at, boolean exists, ProblemKind missing) {
        validId(id, at);
        if (!exists) {
            throw FileProblem.at(at, missing, id);
        }
        return id;
    }

    static String color(String color, JsonPath at) {
        if (!Colors.isValid(color)) {
            throw FileProblem.at(at, ProblemKind.NOT_COLOR, ErrorText.quote(color));
        }
        return color;
    }

    static String colorOrNull(String color, JsonPath at) {
        return color == null ? null : color(color, at);
    }

    static Long notNegative(Long number, JsonPath at) {
        if (number != null && number < 0) {
            throw FileProblem.at(at, ProblemKind.NEGATIVE, number.toString());
        }
        return number;
    }

    static Double positive(Double number, JsonPath at) {
        if (number != null && number <= 0) {
            throw FileProblem.at(at, ProblemKind.NOT_POSITIVE, NumberText.of(number));
        }
        return number;
    }

    static Instant instant(String text, JsonPath at) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw FileProblem.at(at, ProblemKind.NOT_INSTANT, ErrorText.quote(text));
        }
    }

    /** The enum constant a file names, {@code fallback} when absent, a problem when unknown. */
    static <E extends Enum<E>> E choice(Class<E> type, String name, JsonPath at, E fallback) {
        if (name == null) {
            return fallback;
        }
        return EnumNames.parse(type, name).orElseThrow(() -> FileProblem.at(at, ProblemKind.NOT_ONE_OF,
                ErrorText.quote(name), String.join(", ", EnumNames.namesOf(type))));
    }

    static String rangeText(Metric metric) {
        return metric.max() == Double.MAX_VALUE
                ? "≥ " + NumberText.of(metric.min())
                : NumberText.of(metric.min()) + ".." + NumberText.of(metric.max());
    }
}
