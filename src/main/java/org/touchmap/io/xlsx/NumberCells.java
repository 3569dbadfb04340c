package org.touchmap.io.xlsx;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers read from cells: numeric cells as they are, and text that people type as a number in
 * any of Touchmap's languages: {@code 3.1}, {@code 3,1}, {@code 12 000}, {@code −2}, {@code 45%}.
 */
final class NumberCells {
    /** Plain decimal notation only: no hexadecimal, no "NaN", no Java suffixes such as {@code 1d}. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    /** Spaces people put between thousands: ordinary, no-break and narrow no-break. */
    private static final Pattern GROUP_SPACES = Pattern.compile("[ \\u00a0\\u202f]");

    private NumberCells() {
    }

    /** The number in a cell, or empty when it holds text that is not a number. */
    static OptionalDouble parse(SheetCell cell) {
        if (cell.kind() == SheetCell.Kind.NUMBER) {
            return parseText(cell.raw());
        }
        if (cell.kind() == SheetCell.Kind.TEXT) {
            return parseText(cell.raw());
        }
        return OptionalDouble.empty();
    }

    static OptionalDouble parseText(String text) {
        String plain = GROUP_SPACES.matcher(text.strip()).replaceAll("").replace('\u2212', '-');
        if (plain.endsWith("%")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        if (plain.indexOf(',') >= 0 && plain.indexOf('.') < 0 && plain.indexOf(',') == plain.lastIndexOf(',')) {
            plain = plain.replace(',', '.');
        }
        if (!DECIMAL.matcher(plain).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(plain);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** A number for a message: whole numbers without a fraction. */
    static String display(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
