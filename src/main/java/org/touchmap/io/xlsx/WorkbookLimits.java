package org.touchmap.io.xlsx;

/**
 * How big a workbook to import may be; see {@link WorkbookImport} for the reasons.
 *
 * @param maxFileBytes      largest file read at all
 * @param maxPartBytes      largest unpacked part (a sheet's XML, the shared strings)
 * @param minInflateRatio   smallest ratio of packed to unpacked size of a part, below which it is a zip bomb
 * @param maxRows           most rows of the Touchpoints sheet, the header row included
 * @param headerSearchRows  how many rows from the top may come before the header row
 */
record WorkbookLimits(long maxFileBytes, long maxPartBytes, double minInflateRatio, int maxRows,
                      int headerSearchRows) {
    static final WorkbookLimits DEFAULT = new WorkbookLimits(64L * 1024 * 1024, 200L * 1024 * 1024, 0.005,
            100_000, 20);
}
