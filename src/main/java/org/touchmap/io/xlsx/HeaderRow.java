package org.touchmap.io.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.util.CellReference;

/**
 * The header row of the {@code Touchpoints} sheet: which column of the sheet holds which of a
 * card's values. It is the first row that names both the id and the name column.
 */
final class HeaderRow {
    /** A recognised column: where it is and how the sheet spells its header. */
    record Place(int index, String letter, String header, TouchpointColumn<?> column) {
    }

    private final int rowNumber;
    private final Map<Integer, Place> byIndex;
    private final List<CellProblem> problems;
    private final Locale language;

    private HeaderRow(int rowNumber, Map<Integer, Place> byIndex, List<CellProblem> problems, Locale language) {
        this.rowNumber = rowNumber;
        this.byIndex = byIndex;
        this.problems = problems;
        this.language = language;
    }

    /** The row as a header row, or empty when it does not name both the id and the name column. */
    static Optional<HeaderRow> of(int rowNumber, List<SheetCell> cells) {
        Map<Integer, Place> byIndex = new LinkedHashMap<>();
        Map<TouchpointColumn<?>, Place> seen = new LinkedHashMap<>();
        List<CellProblem> problems = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (SheetCell cell : cells) {
            if (cell.kind() != SheetCell.Kind.TEXT) {
                continue;
            }
            String header = cell.raw().strip();
            Optional<TouchpointColumn<?>> column = ColumnHeaders.column(header);
            if (column.isEmpty()) {
                continue;
            }
            String letter = CellReference.convertNumToColString(cell.column());
            Place earlier = seen.get(column.get());
            if (earlier != null) {
                problems.add(new CellProblem(WorkbookSheets.TOUCHPOINTS, rowNumber, letter, header,
                        "problem.duplicateHeader", List.of(earlier.letter())));
                continue;
            }
            Place place = new Place(cell.column(), letter, header, column.get());
            seen.put(column.get(), place);
            byIndex.put(cell.column(), place);
            headers.add(header);
        }
        if (!seen.containsKey(TouchpointColumns.ID) || !seen.containsKey(TouchpointColumns.NAME)) {
            return Optional.empty();
        }
        return Optional.of(new HeaderRow(rowNumber, byIndex, problems, ColumnHeaders.languageOf(headers)));
    }

    int rowNumber() {
        return rowNumber;
    }

    /** The recognised column at a 0-based index of the sheet, if any. */
    Optional<Place> at(int index) {
        return Optional.ofNullable(byIndex.get(index));
    }

    List<Place> places() {
        return List.copyOf(byIndex.values());
    }

    /** Headers that appeared twice. */
    List<CellProblem> problems() {
        return problems;
    }

    /** The language of the headers; problems list the words to use in it. */
    Locale language() {
        return language;
    }
}
