package org.touchmap.io.xlsx;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.touchmap.model.JourneyMap;

/**
 * The recognised cells of one row of the {@code Notes} sheet, read as text, and the list its
 * problems go to. A cell that shows a formula error, or a number the spreadsheet turned into a
 * date, is a problem, as on the {@code Touchpoints} sheet.
 */
final class NoteRowCells {
    private final int rowNumber;
    private final NoteHeaderRow header;
    private final Map<Integer, SheetCell> byColumn;
    private final List<CellProblem> problems;

    NoteRowCells(int rowNumber, NoteHeaderRow header, Map<Integer, SheetCell> byColumn, List<CellProblem> problems) {
        this.rowNumber = rowNumber;
        this.header = header;
        this.byColumn = byColumn;
        this.problems = problems;
    }

    static CellProblem problem(int rowNumber, NoteHeaderRow.Place place, String key, String... args) {
        return new CellProblem(WorkbookSheets.NOTES, rowNumber, place.letter(), place.header(), key, List.of(args));
    }

    /** Whether the sheet has the column at all. */
    boolean has(NoteColumn column) {
        return header.place(column).isPresent();
    }

    /** Whether the row leaves the cell empty, holds only spaces in it, or the sheet lacks the column. */
    boolean isBlank(NoteColumn column) {
        SheetCell cell = at(column);
        return cell == null || cell.isBlank();
    }

    /**
     * Whether the cell still holds what the export wrote there, so it is no change: line breaks and
     * characters a file cannot hold read back as the export's.
     */
    boolean holds(NoteColumn column, String written) {
        return UntouchedCell.matches(at(column), CellValue.text(CellText.fit(written)));
    }

    /**
     * The cell's text, {@code ""} when it is empty; empty when it cannot be read, and then the
     * problem is listed.
     */
    Optional<String> text(NoteColumn column) {
        SheetCell cell = at(column);
        if (cell == null || cell.isBlank()) {
            return Optional.of("");
        }
        if (cell.kind() == SheetCell.Kind.ERROR) {
            problem(column, "problem.formulaError", cell.raw());
            return Optional.empty();
        }
        if (cell.kind() == SheetCell.Kind.DATE) {
            problem(column, "problem.dateCell", cell.text());
            return Optional.empty();
        }
        return Optional.of(cell.text().replace("\r\n", "\n").replace('\r', '\n'));
    }

    /**
     * The touchpoints a Supports cell lists, each of them a touchpoint of the map; empty when the
     * cell cannot be read or names another id, each such id a problem of its own.
     */
    Optional<List<String>> supportedTouchpoints(JourneyMap map) {
        Optional<String> text = text(NoteColumn.SUPPORTS);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = NoteColumn.supportedIds(text.get());
        List<String> unknown = ids.stream().filter(id -> !map.hasTouchpoint(id)).toList();
        unknown.forEach(id -> problem(NoteColumn.SUPPORTS, "problem.unknownTouchpoint", id));
        return unknown.isEmpty() ? Optional.of(ids) : Optional.empty();
    }

    /** The cell as it is stored, {@code null} when the row or the sheet leaves it out. */
    SheetCell at(NoteColumn column) {
        return header.place(column).map(place -> byColumn.get(place.index())).orElse(null);
    }

    /** A problem of the cell in {@code column}; of the row's id cell when the sheet lacks the column. */
    void problem(NoteColumn column, String key, String... args) {
        NoteHeaderRow.Place place = header.place(column).orElseGet(() -> header.place(NoteColumn.ID).orElseThrow());
        problems.add(problem(rowNumber, place, key, args));
    }
}
