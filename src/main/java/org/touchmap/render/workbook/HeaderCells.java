package org.touchmap.render.workbook;

import java.util.Arrays;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The header row of a table sheet: each header with its column's width, never narrower than the
 * header's longest word ({@link HeaderWords}), and a row tall enough for the longest header to
 * wrap into ("Conversion to next stage" in a narrow number column).
 */
final class HeaderCells {
    private final SheetContext context;
    private final Sheet sheet;
    private final Row row;
    private final RowHeights heights = new RowHeights();
    private int[] widths = new int[0];

    HeaderCells(SheetContext context, Sheet sheet) {
        this.context = context;
        this.sheet = sheet;
        this.row = sheet.createRow(0);
    }

    /** A header cell; returns the column's width in characters, wider than asked when a word needs it. */
    int add(int column, String text, int widthChars, CellLook look) {
        int width = Math.max(widthChars, HeaderWords.widthChars(text));
        context.cells().text(row, column, text, look);
        sheet.setColumnWidth(column, width * 256);
        heights.note(text, width, true);
        if (column >= widths.length) {
            widths = Arrays.copyOf(widths, column + 1);
        }
        widths[column] = width;
        return width;
    }

    /** A column that is there for the drop-down lists, not for reading or printing. */
    void addHidden(int column, String text, int widthChars) {
        context.cells().text(row, column, text, Looks.HEADER);
        sheet.setColumnWidth(column, widthChars * 256);
        sheet.setColumnHidden(column, true);
    }

    /** Sets the row's height; returns the visible columns' widths in characters, for printing. */
    int[] finish() {
        row.setHeightInPoints(heights.take(1));
        return widths.clone();
    }
}
