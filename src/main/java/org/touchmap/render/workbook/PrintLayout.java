package org.touchmap.render.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** How the sheets print: landscape, the header rows on every page, and narrow tables one page wide. */
final class PrintLayout {
    private PrintLayout() {
    }

    /** Landscape with the first {@code headerRows} rows repeated on every page. */
    static void landscape(Sheet sheet, int headerRows) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
    }

    /** As {@link #landscape}, and scaled to one page wide, as many pages tall as it takes. */
    static void onePageWide(Sheet sheet, int headerRows) {
        landscape(sheet, headerRows);
        PrintSetup print = sheet.getPrintSetup();
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }
}
