package org.touchmap.io.json;

/**
 * How the file spells fractional numbers (positions, metrics): whole values without a fraction
 * ({@code 90}, not {@code 90.0}) so that files read well and diff cleanly; others as Java's
 * shortest round-trip form.
 */
final class NumberText {
    /** Beyond this a double no longer holds every whole number exactly. */
    private static final double EXACT_WHOLE_LIMIT = 1L << 53;

    private NumberText() {
    }

    static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE_LIMIT;
    }

    static String of(double value) {
        return isWhole(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
