package org.touchmap.io.xlsx;

import java.util.List;
import java.util.Map;

import org.touchmap.model.Touchpoint;

/** The recognised cells of one row, and the list its problems go to. */
final class RowCells {
    private final int rowNumber;
    private final Map<Integer, SheetCell> byColumn;
    private final List<CellProblem> problems;

    RowCells(int rowNumber, Map<Integer, SheetCell> byColumn, List<CellProblem> problems) {
        this.rowNumber = rowNumber;
        this.byColumn = byColumn;
        this.problems = problems;
    }

    static CellProblem problem(int rowNumber, HeaderRow.Place place, String key, String... args) {
        return new CellProblem(WorkbookSheets.TOUCHPOINTS, rowNumber, place.letter(), place.header(), key,
                List.of(args));
    }

    int rowNumber() {
        return rowNumber;
    }

    /** The cell under a recognised column; {@code null} when the row leaves it out. */
    SheetCell at(HeaderRow.Place place) {
        return byColumn.get(place.index());
    }

    /** Whether the row leaves the cell of a column empty, or holds only spaces in it. */
    boolean isBlank(HeaderRow.Place place) {
        SheetCell cell = at(place);
        return cell == null || cell.isBlank();
    }

    void problem(HeaderRow.Place place, String key, List<String> args) {
        problems.add(problem(rowNumber, place, key, args.toArray(String[]::new)));
    }

    /**
     * Reads the cell of a column into a value; a problem is listed and gives {@code null}.
     * A cell that shows a formula error is a problem too.
     */
    <V> CellReading<V> read(HeaderRow.Place place, TouchpointColumn<V> column, ReadContext context) {
        SheetCell cell = at(place);
        if (cell != null && cell.kind() == SheetCell.Kind.ERROR) {
            problem(place, "problem.formulaError", List.of(cell.raw()));
            return CellReading.problem("problem.formulaError", cell.raw());
        }
        if (cell != null && cell.kind() == SheetCell.Kind.DATE) {
            // No column holds dates: the spreadsheet turned what was typed into one.
            problem(place, "problem.dateCell", List.of(cell.text()));
            return CellReading.problem("problem.dateCell", cell.text());
        }
        CellReading<V> reading = column.read(cell, context);
        if (reading.isProblem()) {
            problem(place, reading.problemKey(), reading.problemArgs());
        }
        return reading;
    }

    /** Reads the cell and sets its value on the card being prepared, unless the cell is bad. */
    <V> void readInto(HeaderRow.Place place, TouchpointColumn<V> column, ReadContext context, Touchpoint draft) {
        CellReading<V> reading = read(place, column, context);
        if (!reading.isProblem()) {
            column.apply(draft, reading.value());
        }
    }
}
