package org.touchmap.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.touchmap.model.JourneyMap;

/**
 * Follows the {@code Notes} sheet as it streams past: finds its header row near the top, then
 * hands every row below it to the {@link NoteRows}. Unlike the {@code Touchpoints} sheet, a Notes
 * sheet without a header row does not stop the import: it is one problem, and the cards still come.
 */
final class NoteSheetImport implements RowSink {
    private final JourneyMap map;
    private final int headerSearchRows;
    private final Set<String> idsTaken;
    private final List<CellProblem> problems = new ArrayList<>();
    private NoteRows rows;
    private boolean gaveUp;

    NoteSheetImport(JourneyMap map, int headerSearchRows, Set<String> idsTaken) {
        this.map = map;
        this.headerSearchRows = headerSearchRows;
        this.idsTaken = idsTaken;
    }

    @Override
    public void row(int rowNumber, List<SheetCell> cells) {
        if (rows != null) {
            rows.read(rowNumber, cells);
            return;
        }
        if (gaveUp) {
            return;
        }
        if (rowNumber > headerSearchRows) {
            giveUp();
            return;
        }
        NoteHeaderRow.of(rowNumber, cells).ifPresent(header -> rows = new NoteRows(map, header, idsTaken));
    }

    @Override
    public void merged(String range) {
        if (rows != null) {
            rows.merged(range);
        }
    }

    /** Called when the sheet has been read to its end. */
    void finish() {
        if (rows == null && !gaveUp) {
            giveUp();
        }
    }

    private void giveUp() {
        gaveUp = true;
        problems.add(new CellProblem(WorkbookSheets.NOTES, 1, "A", NoteColumn.ID.header(ColumnText.ENGLISH),
                "problem.notesWithoutHeader", List.of(Integer.toString(headerSearchRows))));
    }

    /** The rows read below the header, or {@code null} when the sheet has no header row. */
    NoteRows rows() {
        return rows;
    }

    /** The sheet's own problem when it has no header row; the rows' problems are the rows'. */
    List<CellProblem> problems() {
        return problems;
    }
}
