package org.touchmap.render.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/**
 * Estimates how tall a row of wrapped text must be. Spreadsheets do not size rows of merged or
 * streamed cells themselves, so the sheet sets each height from the longest text in the row:
 * its lines at the column's width ({@link CellLines}), at the body font's line height.
 */
final class RowHeights {
    /** Line height of 11-point text, as Excel and LibreOffice lay it out, in points. */
    static final float LINE_POINTS = 15f;
    private static final float PADDING_POINTS = 4f;
    private int lines;

    /** Takes note of a text that goes into a cell of the current row, {@code columnChars} wide. */
    void note(String text, int columnChars) {
        note(text, columnChars, false);
    }

    /** Takes note of a text in the bold face, e.g. a header's. */
    void note(String text, int columnChars, boolean bold) {
        lines = Math.max(lines, CellLines.of(text, columnChars, bold));
    }

    /** The height for the current row, at least {@code minLines} lines; starts a new row. */
    float take(int minLines) {
        float height = Math.max(lines, minLines) * LINE_POINTS + PADDING_POINTS;
        lines = 0;
        return Math.min(height, 409f);
    }

    /**
     * Sets a table row, header or body, as tall as its tallest wrapped text at these column widths
     * (characters): LibreOffice keeps the height a file gives a row, one line when it gives none.
     */
    static void fit(Row row, int[] widths) {
        RowHeights heights = new RowHeights();
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            if (cell.getCellType() == CellType.STRING && column < widths.length && widths[column] > 0) {
                heights.note(cell.getStringCellValue(), widths[column], isBold(row, cell));
            }
        }
        row.setHeightInPoints(heights.take(1));
    }

    private static boolean isBold(Row row, Cell cell) {
        return row.getSheet().getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold();
    }
}
