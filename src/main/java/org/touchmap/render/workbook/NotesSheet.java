package org.touchmap.render.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.touchmap.io.xlsx.NoteColumn;
import org.touchmap.io.xlsx.WorkbookSheets;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Note;

/**
 * The {@code Notes} sheet (ADR 0025): one row per note of every notes lane, in the map's order,
 * in the columns the import reads back ({@link NoteColumn}). Text wraps within its column, the
 * header row stays in view and has a filter, so a person can pick one kind of lane.
 */
final class NotesSheet {
    static final String NAME = WorkbookSheets.NOTES;

    private final SheetContext context;
    private final Sheet sheet;

    NotesSheet(SheetContext context, Sheet sheet) {
        this.context = context;
        this.sheet = sheet;
    }

    /** Only a map with a lane that holds notes gets the sheet, so other maps' workbooks stay as they were. */
    static boolean isNeeded(JourneyMap map) {
        return map.lanes().stream().anyMatch(lane -> lane.kind().holdsNotes());
    }

    void write() {
        List<NoteColumn> columns = NoteColumn.all();
        int[] widths = writeHeader(columns);
        int rowIndex = 1;
        for (Note note : context.map().notes()) {
            Row row = sheet.createRow(rowIndex++);
            for (int i = 0; i < columns.size(); i++) {
                NoteColumn column = columns.get(i);
                String text = column.text(context.map(), note, context.locale());
                if (!text.isEmpty()) {
                    context.cells().text(row, i, text, column == NoteColumn.ID ? Looks.WRAPPED_MUTED : Looks.WRAPPED);
                }
            }
            RowHeights.fit(row, widths);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rowIndex - 1), 0, columns.size() - 1));
        sheet.createFreezePane(0, 1);
        // No key columns: the table is printed one page wide, so no note is split from its stage and lane.
        PrintLayout.table(sheet, 1, widths, 0);
    }

    private int[] writeHeader(List<NoteColumn> columns) {
        HeaderCells header = new HeaderCells(context, sheet);
        for (int i = 0; i < columns.size(); i++) {
            header.add(i, columns.get(i).header(context.locale()), columns.get(i).width(), Looks.HEADER);
        }
        return header.finish();
    }
}
