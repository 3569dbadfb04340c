package org.touchmap.io.xlsx;

import java.util.Locale;
import java.util.OptionalDouble;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Metric;

/** A number within a metric's range, or empty when the metric is not measured. */
final class DecimalType implements ColumnType<Double> {
    private final Metric metric;

    DecimalType(Metric metric) {
        this.metric = metric;
    }

    @Override
    public CellValue cell(Double value, Locale locale, JourneyMap map) {
        return CellValue.number(value);
    }

    @Override
    public CellReading<Double> read(SheetCell cell, ReadContext context) {
        OptionalDouble number = NumberCells.parse(cell);
        if (number.isEmpty()) {
            return CellReading.problem("problem.notNumber", cell.text());
        }
        double value = number.getAsDouble();
        if (metric.accepts(value)) {
            return CellReading.of(value);
        }
        return metric.max() == Double.MAX_VALUE
                ? CellReading.problem("problem.belowMinimum", cell.text(), NumberCells.display(metric.min()))
                : CellReading.problem("problem.outOfRange", cell.text(), NumberCells.display(metric.min()),
                        NumberCells.display(metric.max()));
    }

    @Override
    public CellReading<Double> readBlank(ReadContext context) {
        return CellReading.of(null);
    }

    @Override
    public ColumnRule rule(Locale locale) {
        return new ColumnRule.Decimals(metric.min(), metric.max());
    }
}
