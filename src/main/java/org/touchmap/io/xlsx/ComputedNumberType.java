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
    public Reading<Double> read(SheetCell cell, ReadContext context) {
        return Reading.of(null);
    }

    @Override
    public Reading<Double> readBlank(ReadContext context) {
        return Reading.of(null);
    }
}
