package org.touchmap.render.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/**
 * Estimates how tall a row of wrapped text must be. Spreadsheets do not size rows of merged or
 * streamed cells themselves, so the sheet sets each height from the longest text in the row:
 * its lines at the column's width in characters, at the body font's line height.
 */
final class RowHeights {
    /** Line height of 11-point text, as Excel and LibreOffice lay it out, in points. */
    static final float LINE_POINTS = 15f;
    private static final float PADDING_POINTS = 4f;
    /** Wrapped lines rarely fill the column: words do not break, so a line holds about this share of it. */
    private static final double LINE_FILL = 0.85;
    private int lines;

    /** Takes note of a text that goes into a cell of the current row, {@code columnChars} wide. */
    void note(String text, int columnChars) {
        lines = Math.max(lines, linesOf(text, columnChars));
    }

    /** The height for the current row, at least {@code minLines} lines; starts a new row. */
    float take(int minLines) {
        float height = Math.max(lines, minLines) * LINE_POINTS + PADDING_POINTS;
        lines = 0;
        return Math.min(height, 409f);
    }

    /**
     * Sets a table row as tall as its tallest wrapped text at these column widths (characters):
     * LibreOffice keeps the height a file gives a row, one line when it gives none.
     */
    static void fit(Row row, int[] widths) {
        RowHeights heights = new RowHeights();
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            if (cell.getCellType() == CellType.STRING && column < widths.length && widths[column] > 0) {
                heights.note(cell.getStringCellValue(), widths[column]);
            }
        }
        row.setHeightInPoints(heights.take(1));
    }

    static int linesOf(String text, int columnChars) {
        int perLine = Math.max(1, (int) (columnChars * LINE_FILL));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.codePointCount(0, paragraph.length()) + perLine - 1) / perLine);
        }
        return lines;
    }
}
