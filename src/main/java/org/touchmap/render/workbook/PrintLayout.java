package org.touchmap.render.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the sheets print: one page wide, so a row is never split across pages (a person reading the
 * Analysis sheet sees a rank and its name on one page); landscape when the table is wider than a
 * portrait page holds; the header rows on every page.
 */
final class PrintLayout {
    /**
     * Columns' width in characters that one portrait page holds at full size: A4 or Letter less
     * the margins, at the width of a digit of the body font. A wider table turns the page.
     */
    static final int PORTRAIT_CHARS = 95;

    private PrintLayout() {
    }

    /** The grid of the Map sheet: landscape, scaled to one page wide, as many pages tall as it takes. */
    static void onePageWide(Sheet sheet, int headerRows) {
        setUp(sheet, headerRows, true);
    }

    /**
     * A table of {@code widthChars} scaled to one page wide, landscape when it is wider than a portrait
     * page; the first {@code headerRows} rows (none when 0) print on every page.
     */
    static void fitWidth(Sheet sheet, int headerRows, int widthChars) {
        setUp(sheet, headerRows, isWide(widthChars));
    }

    static boolean isWide(int widthChars) {
        return widthChars > PORTRAIT_CHARS;
    }

    private static void setUp(Sheet sheet, int headerRows, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
    }
}
