package org.touchmap.io.xlsx;

import java.util.Locale;
import java.util.OptionalDouble;

import org.touchmap.model.JourneyMap;

/** A whole number within a range, or empty for "not set" (the emotion score). */
final class WholeNumberType implements ColumnType<Integer> {
    private final int min;
    private final int max;

    WholeNumberType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public CellValue cell(Integer value, Locale locale, JourneyMap map) {
        return value == null ? CellValue.BLANK : CellValue.number(value.doubleValue());
    }

    @Override
    public CellReading<Integer> read(SheetCell cell, ReadContext context) {
        OptionalDouble number = NumberCells.parse(cell);
        if (number.isEmpty()) {
            return CellReading.problem("problem.notNumber", cell.text());
        }
        double value = number.getAsDouble();
        if (value != Math.rint(value)) {
            return CellReading.problem("problem.notWholeNumber", cell.text());
        }
        if (value < min || value > max) {
            return CellReading.problem("problem.outOfRange", cell.text(), Integer.toString(min), Integer.toString(max));
        }
        return CellReading.of((int) value);
    }

    @Override
    public CellReading<Integer> readBlank(ReadContext context) {
        return CellReading.of(null);
    }

    @Override
    public ColumnRule rule(Locale locale) {
        return new ColumnRule.WholeNumbers(min, max);
    }
}
