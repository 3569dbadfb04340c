package org.touchmap.io.xlsx;

/** What one cell of the workbook holds: text, a number, or nothing. Never a formula. */
public sealed interface CellValue {
    /** An empty cell. */
    CellValue BLANK = new Blank();

    static CellValue text(String text) {
        return text == null || text.isEmpty() ? BLANK : new Text(text);
    }

    static CellValue number(Double number) {
        return number == null || !Double.isFinite(number) ? BLANK : new Number(number);
    }

    /** A text cell; the workbook writes it as a string even when it looks like a formula or a number. */
    record Text(String text) implements CellValue {
    }

    record Number(double value) implements CellValue {
    }

    record Blank() implements CellValue {
    }
}
