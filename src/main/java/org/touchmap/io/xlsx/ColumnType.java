package org.touchmap.io.xlsx;

import java.util.Locale;

import org.touchmap.model.JourneyMap;

/** How the values of a column look in cells, and how cells are read back into values. */
interface ColumnType<V> {

    CellValue cell(V value, Locale locale, JourneyMap map);

    /** Reads a cell that is not blank (and holds no error). */
    CellReading<V> read(SheetCell cell, ReadContext context);

    /** What an empty cell means: a value, or a problem where the card must have one. */
    CellReading<V> readBlank(ReadContext context);

    /** The value as the import's summary shows it, e.g. "negative"; the empty string when not set. */
    default String display(V value, Locale locale, JourneyMap map) {
        CellValue cell = cell(value, locale, map);
        if (cell instanceof CellValue.Text text) {
            return text.text();
        }
        if (cell instanceof CellValue.Number number) {
            return NumberCells.display(number.value());
        }
        return "";
    }

    default ColumnRule rule(Locale locale) {
        return ColumnRule.FREE;
    }
}
