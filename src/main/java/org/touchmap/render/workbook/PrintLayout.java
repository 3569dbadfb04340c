package org.touchmap.render.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the sheets print (ADR 0020, ADR 0021): on A4, upright when the table fits a portrait page,
 * turned and one page wide when it fits a landscape page at a readable scale, otherwise several
 * pages wide at a readable scale with the key columns on the left of every page ({@link PagePlan}).
 * The header rows print on every page.
 */
final class PrintLayout {
    private PrintLayout() {
    }

    /**
     * Sets up a table of these column widths (characters); the first {@code headerRows} rows (none
     * when 0) and the first {@code keyColumns} columns repeat on every page; a table with no key
     * columns is always one page wide, so none of its rows is split across pages.
     */
    static PagePlan table(Sheet sheet, int headerRows, int[] widths, int keyColumns) {
        PagePlan plan = PagePlan.of(widths, keyColumns);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(plan.landscape());
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        if (plan.oneWide()) {
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
        } else {
            sheet.setFitToPage(false);
            print.setScale((short) plan.scalePercent());
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, plan.keyColumns() - 1));
            plan.breaksAfter().forEach(sheet::setColumnBreak);
        }
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
        return plan;
    }
}
