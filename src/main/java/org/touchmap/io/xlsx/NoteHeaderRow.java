package org.touchmap.io.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.util.CellReference;

/**
 * The header row of the {@code Notes} sheet: which column of the sheet holds which of a note's
 * values. It is the first row that names both the id and the text column; headers are read in
 * any of Touchmap's languages, and as the columns' keys, in any order.
 */
final class NoteHeaderRow {
    /** A recognised column: where it is and how the sheet spells its header. */
    record Place(int index, String letter, String header, NoteColumn column) {
    }

    private static final Map<String, NoteColumn> BY_HEADER = new HashMap<>();

    static {
        for (NoteColumn column : NoteColumn.all()) {
            register(Normalized.of(column.key()), column);
            for (var language : ColumnText.LANGUAGES) {
                register(Normalized.of(column.header(language)), column);
            }
        }
    }

    private final int rowNumber;
    private final Map<Integer, Place> byIndex;
    private final Map<NoteColumn, Place> byColumn;
    private final List<CellProblem> problems;

    private NoteHeaderRow(int rowNumber, Map<Integer, Place> byIndex, Map<NoteColumn, Place> byColumn,
                          List<CellProblem> problems) {
        this.rowNumber = rowNumber;
        this.byIndex = byIndex;
        this.byColumn = byColumn;
        this.problems = problems;
    }

    private static void register(String header, NoteColumn column) {
        NoteColumn earlier = BY_HEADER.putIfAbsent(header, column);
        if (earlier != null && earlier != column) {
            throw new IllegalStateException("The header \"" + header + "\" would name both " + earlier + " and " + column);
        }
    }

    /** The row as a header row, or empty when it does not name both the id and the text column. */
    static Optional<NoteHeaderRow> of(int rowNumber, List<SheetCell> cells) {
        Map<Integer, Place> byIndex = new LinkedHashMap<>();
        Map<NoteColumn, Place> byColumn = new LinkedHashMap<>();
        List<CellProblem> problems = new ArrayList<>();
        for (SheetCell cell : cells) {
            if (cell.kind() != SheetCell.Kind.TEXT) {
                continue;
            }
            String header = cell.raw().strip();
            NoteColumn column = BY_HEADER.get(Normalized.of(header));
            if (column == null) {
                continue;
            }
            String letter = CellReference.convertNumToColString(cell.column());
            Place earlier = byColumn.get(column);
            if (earlier != null) {
                problems.add(new CellProblem(WorkbookSheets.NOTES, rowNumber, letter, header,
                        "problem.duplicateHeader", List.of(earlier.letter())));
                continue;
            }
            Place place = new Place(cell.column(), letter, header, column);
            byColumn.put(column, place);
            byIndex.put(cell.column(), place);
        }
        if (!byColumn.containsKey(NoteColumn.ID) || !byColumn.containsKey(NoteColumn.TEXT)) {
            return Optional.empty();
        }
        return Optional.of(new NoteHeaderRow(rowNumber, byIndex, byColumn, problems));
    }

    int rowNumber() {
        return rowNumber;
    }

    /** The recognised column at a 0-based index of the sheet, if any. */
    Optional<Place> at(int index) {
        return Optional.ofNullable(byIndex.get(index));
    }

    /** Where the sheet has a column, if it has it. */
    Optional<Place> place(NoteColumn column) {
        return Optional.ofNullable(byColumn.get(column));
    }

    /** Headers that appeared twice. */
    List<CellProblem> problems() {
        return problems;
    }
}
