package org.touchmap.render.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * How a table's columns fall on A4 paper (ADR 0021). A table that fits a portrait page prints
 * upright at full size; one that fits a landscape page at a readable scale prints turned, one page
 * wide; a wider one prints several pages wide at a readable scale, each page starting with the
 * table's key columns (id and name), so every page says which card a row is about. A table
 * without key columns (the Analysis sheet's sections) always prints one page wide.
 *
 * <p>Widths are in characters of the body font. A character is taken as wide as LibreOffice
 * prints it when it substitutes DejaVu Sans for Calibri (7.2 pt), the widest of the usual
 * cases; Excel with Calibri (5.25 pt) fits the same pages with room to spare.
 *
 * @param landscape    the page is turned
 * @param oneWide      the sheet is scaled to one page wide by the spreadsheet program
 * @param scalePercent the print scale of a sheet several pages wide; 100 for one page wide
 * @param breaksAfter  the last column of every page but the last, for a sheet several pages wide
 * @param keyColumns   how many columns on the left repeat on every page
 */
record PagePlan(boolean landscape, boolean oneWide, int scalePercent, List<Integer> breaksAfter, int keyColumns) {
    /** A character of the body font as printed, in points (see above). */
    static final double CHAR_POINTS = 7.2;
    /** A4 less 0.4-inch margins on either side, in points. */
    static final double PORTRAIT_POINTS = 595.3 - 57.6;
    static final double LANDSCAPE_POINTS = 841.9 - 57.6;
    static final int PORTRAIT_CHARS = (int) (PORTRAIT_POINTS / CHAR_POINTS);
    static final int LANDSCAPE_CHARS = (int) (LANDSCAPE_POINTS / CHAR_POINTS);
    /** Below this, 11-point text prints smaller than 7 points, which people read only with a loupe. */
    static final int MIN_SCALE_PERCENT = 65;

    PagePlan {
        breaksAfter = List.copyOf(breaksAfter);
    }

    /** The plan for a table with these column widths whose first {@code keyColumns} columns identify a row. */
    static PagePlan of(int[] widths, int keyColumns) {
        int total = sum(widths, 0, widths.length);
        if (total <= PORTRAIT_CHARS) {
            return new PagePlan(false, true, 100, List.of(), 0);
        }
        if (keyColumns == 0 || total * MIN_SCALE_PERCENT <= LANDSCAPE_CHARS * 100) {
            return new PagePlan(true, true, 100, List.of(), 0);
        }
        return severalWide(widths, keyColumns);
    }

    /** Fills each page at the smallest readable scale, then prints as large as the fullest page allows. */
    private static PagePlan severalWide(int[] widths, int keyColumns) {
        int capacity = LANDSCAPE_CHARS * 100 / MIN_SCALE_PERCENT;
        int keys = sum(widths, 0, keyColumns);
        List<Integer> breaks = new ArrayList<>();
        int used = keys;
        int fullest = 0;
        boolean pageHasColumns = false;
        for (int column = keyColumns; column < widths.length; column++) {
            if (pageHasColumns && used + widths[column] > capacity) {
                breaks.add(column - 1);
                fullest = Math.max(fullest, used);
                used = keys;
            }
            used += widths[column];
            pageHasColumns = true;
        }
        fullest = Math.max(fullest, used);
        int scale = Math.min(100, LANDSCAPE_CHARS * 100 / fullest);
        return new PagePlan(true, false, scale, breaks, keyColumns);
    }

    int pagesWide() {
        return breaksAfter.size() + 1;
    }

    private static int sum(int[] widths, int from, int to) {
        int total = 0;
        for (int i = from; i < to; i++) {
            total += widths[i];
        }
        return total;
    }
}
