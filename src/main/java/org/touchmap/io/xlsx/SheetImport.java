package org.touchmap.io.xlsx;

import java.util.List;

/**
 * Follows the {@code Touchpoints} sheet as it streams past: finds the header row near the top,
 * then hands every row below it to the {@link CardRows} that turns rows into changes.
 */
final class SheetImport implements RowSink {
    /** Stops the parser when no header row comes within the rows it may be in. */
    static final class StopReading extends RuntimeException {
        StopReading() {
            super("No header row with an id and a name column", null, false, false);
        }
    }

    private final int headerSearchRows;
    private final CardRows.Factory rowsFactory;
    private CardRows rows;

    SheetImport(int headerSearchRows, CardRows.Factory rowsFactory) {
        this.headerSearchRows = headerSearchRows;
        this.rowsFactory = rowsFactory;
    }

    @Override
    public void row(int rowNumber, List<SheetCell> cells) {
        if (rows != null) {
            rows.read(rowNumber, cells);
            return;
        }
        if (rowNumber > headerSearchRows) {
            throw new StopReading();
        }
        HeaderRow.of(rowNumber, cells).ifPresent(header -> rows = rowsFactory.forHeader(header));
    }

    @Override
    public void merged(String range) {
        if (rows != null) {
            rows.merged(range);
        }
    }

    /** The rows read below the header, or {@code null} when the sheet has no header row. */
    CardRows rows() {
        return rows;
    }
}
