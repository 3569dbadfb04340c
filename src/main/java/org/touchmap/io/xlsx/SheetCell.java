package org.touchmap.io.xlsx;

import java.math.BigDecimal;

/**
 * One cell as the sheet stores it: its kind and its text. A formula cell arrives as the value it
 * showed when the file was saved; the formula itself is never read, let alone evaluated.
 *
 * @param column 0-based column index
 * @param kind   what the cell holds
 * @param raw    the text, or a number as the file spells it ({@code 3.1}, {@code 1E-3})
 */
record SheetCell(int column, Kind kind, String raw) {
    /** {@code DATE} is a number the sheet shows as a date, such as {@code 45000} shown as 15.03.2023. */
    enum Kind { TEXT, NUMBER, BOOLEAN, ERROR, DATE }

    boolean isBlank() {
        return kind == Kind.TEXT && raw.isBlank();
    }

    /** The cell as text: numbers without a trailing {@code .0}, booleans as {@code TRUE}/{@code FALSE}. */
    String text() {
        return switch (kind) {
            case TEXT, ERROR -> raw;
            case NUMBER, DATE -> plainNumber(raw);
            case BOOLEAN -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
        };
    }

    private static String plainNumber(String raw) {
        try {
            BigDecimal number = new BigDecimal(raw.trim()).stripTrailingZeros();
            return number.scale() < 0 && number.precision() - number.scale() <= 20
                    ? number.toBigInteger().toString() : number.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
