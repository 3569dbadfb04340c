package org.touchmap.render.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the sheets print: landscape, the header rows on every page, and scaled so a table is
 * as many whole pages wide as its columns need, never cut in the middle of the last one.
 */
final class PrintLayout {
    /**
     * Columns' width in characters that one landscape page holds at full size: A4 or Letter
     * less the margins, at the width of a digit of the body font.
     */
    static final int CHARS_PER_PAGE = 140;
    /** A table may shrink to 80 % rather than spill a sliver onto one more page. */
    private static final double MOST_SHRINK = 1.25;

    private PrintLayout() {
    }

    /** Scaled to one page wide, as many pages tall as it takes. */
    static void onePageWide(Sheet sheet, int headerRows) {
        pagesWide(sheet, headerRows, 1);
    }

    /**
     * Scaled to the pages a table of {@code widthChars} needs side by side, at least one; the first
     * {@code headerRows} rows (none when 0) print on every page.
     */
    static void fitWidth(Sheet sheet, int headerRows, int widthChars) {
        pagesWide(sheet, headerRows, pagesFor(widthChars));
    }

    static int pagesFor(int widthChars) {
        return Math.max(1, (int) Math.ceil(widthChars / (CHARS_PER_PAGE * MOST_SHRINK)));
    }

    private static void pagesWide(Sheet sheet, int headerRows, int pages) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) pages);
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
