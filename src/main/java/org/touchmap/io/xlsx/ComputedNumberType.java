package org.touchmap.io.xlsx;

import java.util.Locale;

import org.touchmap.model.JourneyMap;

/** A number Touchmap computes, such as the criteria average: written for reading, never read back. */
final class ComputedNumberType implements ColumnType<Double> {

    @Override
    public CellValue cell(Double value, Locale locale, JourneyMap map) {
        return CellValue.number(value);
    }

    @Override
    public CellReading<Double> read(SheetCell cell, ReadContext context) {
        return CellReading.of(null);
    }

    @Override
    public CellReading<Double> readBlank(ReadContext context) {
        return CellReading.of(null);
    }
}
