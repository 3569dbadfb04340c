package org.touchmap.io.xlsx;

import java.util.List;

/** Takes the rows of a sheet one by one, as they stream past. */
interface RowSink {
    /**
     * One row that holds at least one cell.
     *
     * @param rowNumber the row's number as a spreadsheet shows it, from 1
     * @param cells     its cells, left to right
     */
    void row(int rowNumber, List<SheetCell> cells);

    /** A range of merged cells, such as {@code A2:A3}; the sheet lists them after its rows. */
    default void merged(String range) {
    }
}
