package org.touchmap.render;

/**
 * Coordinates as an SVG picture writes them: to a hundredth of a point, which no screen or
 * printer can tell apart, instead of seventeen digits. On a map of thousands of cards the numbers
 * are most of the file and most of the time spent writing it.
 */
final class SvgNumbers {
    /** Beyond this, hundredths no longer fit a {@code long}; pictures never get there (see {@link Picture#MAX_SIDE}). */
    private static final double LARGEST_ROUNDED = 1e15;

    private SvgNumbers() {
    }

    static String hundredths(double value) {
        if (!(Math.abs(value) < LARGEST_ROUNDED)) {
            return Double.toString(value);
        }
        long hundredths = Math.round(value * 100);
        StringBuilder text = new StringBuilder(12);
        if (hundredths < 0) {
            text.append('-');
            hundredths = -hundredths;
        }
        text.append(hundredths / 100);
        int fraction = (int) (hundredths % 100);
        if (fraction != 0) {
            text.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                text.append(fraction % 10);
            }
        }
        return text.toString();
    }
}
