package org.touchmap.render.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.touchmap.io.xlsx.CellText;
import org.touchmap.io.xlsx.CellValue;

/**
 * Writes cells. Text always goes in as a string cell, never a formula; text that a spreadsheet
 * would take for a formula ({@code =HYPERLINK(...)}, {@code +7 495...}, {@code -5 %}) gets a
 * quote-prefixed style so it stays text even when someone edits the cell.
 */
final class Cells {
    private final CellStyles styles;

    Cells(CellStyles styles) {
        this.styles = styles;
    }

    Cell text(Row row, int column, String text, CellLook look) {
        String fitted = CellText.fit(text);
        Cell cell = row.createCell(column);
        cell.setCellValue(fitted);
        cell.setCellStyle(styles.get(aligned(look, HorizontalAlignment.LEFT), CellText.looksLikeFormula(fitted)));
        return cell;
    }

    Cell number(Row row, int column, double value, CellLook look) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.get(aligned(look, HorizontalAlignment.RIGHT), false));
        return cell;
    }

    /**
     * Text to the left, numbers to the right, as spreadsheets place them by default, but said
     * outright: only a cell aligned to a side takes an inner margin.
     */
    private static CellLook aligned(CellLook look, HorizontalAlignment side) {
        return look.horizontal() == HorizontalAlignment.GENERAL ? look.withAlignment(side, look.vertical()) : look;
    }

    /** An empty cell that still has a look, e.g. a bordered cell of the map's grid. */
    Cell blank(Row row, int column, CellLook look) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.get(look, false));
        return cell;
    }

    /** A cell of whatever kind the value is; a blank value with no look leaves no cell at all. */
    void value(Row row, int column, CellValue value, CellLook textLook, CellLook numberLook) {
        if (value instanceof CellValue.Text text) {
            text(row, column, text.text(), textLook);
        } else if (value instanceof CellValue.Number number) {
            number(row, column, number.value(), numberLook);
        }
    }
}
