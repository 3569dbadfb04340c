package org.touchmap.layout;

import java.util.List;
import java.util.Optional;

/**
 * Where a card lands when it is put down at a point of the drawn map: the stage (column) and lane
 * (row) of the cell, and the card's top-left corner as an offset inside that cell, which is how a
 * touchpoint stores its position.
 *
 * <p>The cell is the one under the card's centre. The offset is kept inside the cell: never left
 * of or above the cell's padded corner (where the card would spill into a neighbour), and never
 * so far right or down that the card's centre leaves the cell. Cells grow to hold their cards,
 * so a card put near a cell's far edge makes room for itself instead of jumping back.
 *
 * @param stageId the stage of the column
 * @param laneId  the lane of the row
 * @param x       the card's left edge, measured from the cell's padded left edge
 * @param y       the card's top edge, measured from the cell's padded top edge
 */
public record DropTarget(String stageId, String laneId, double x, double y) {

    /**
     * The place for a card centred on a point inside the grid, e.g. where the person double-clicked
     * or dropped a channel. Empty when the point is outside every cell or in a lane that takes no cards.
     */
    public static Optional<DropTarget> centredAt(MapLayout layout, double px, double py, GridSnap snap) {
        Optional<StageColumn> column = layout.columnAt(px);
        Optional<LaneRow> row = layout.rowAt(py).filter(LaneRow::takesCards);
        if (column.isEmpty() || row.isEmpty()) {
            return Optional.empty();
        }
        LayoutSettings s = layout.settings();
        return Optional.of(inCell(layout, column.get(), row.get(),
                px - s.cardWidth() / 2, py - s.cardHeight() / 2, snap));
    }

    /**
     * The place for a card whose top-left corner is dragged to ({@code left}, {@code top}). A card
     * dragged past the edge of the grid, or over a lane that takes no cards, goes to the nearest cell
     * that takes it, so a drag never gets lost. Empty only when the map has no stage or no lane of cards.
     */
    public static Optional<DropTarget> forCardAt(MapLayout layout, double left, double top, GridSnap snap) {
        List<LaneRow> cardRows = layout.rows().stream().filter(LaneRow::takesCards).toList();
        if (layout.columns().isEmpty() || cardRows.isEmpty()) {
            return Optional.empty();
        }
        LayoutSettings s = layout.settings();
        StageColumn column = nearestColumn(layout, left + s.cardWidth() / 2);
        LaneRow row = nearestRow(cardRows, top + s.cardHeight() / 2);
        return Optional.of(inCell(layout, column, row, left, top, snap));
    }

    private static DropTarget inCell(MapLayout layout, StageColumn column, LaneRow row, double left, double top,
                                     GridSnap snap) {
        LayoutSettings s = layout.settings();
        double padding = s.cellPadding();
        double x = snap.snap(left - column.x() - padding);
        double y = snap.snap(top - row.y() - padding);
        double maxX = Math.max(0, column.width() - 2 * padding - s.cardWidth() / 2);
        double maxY = Math.max(0, row.height() - 2 * padding - s.cardHeight() / 2);
        return new DropTarget(column.stageId(), row.laneId(), clamp(x, maxX), clamp(y, maxY));
    }

    private static StageColumn nearestColumn(MapLayout layout, double x) {
        return layout.columnAt(x).orElseGet(() -> x < layout.grid().x()
                ? layout.columns().get(0)
                : layout.columns().get(layout.columns().size() - 1));
    }

    /** The row of cards under {@code y}, else the one whose middle is closest to it. */
    private static LaneRow nearestRow(List<LaneRow> rows, double y) {
        return rows.stream().filter(row -> row.containsY(y)).findFirst().orElseGet(() -> rows.stream()
                .min(java.util.Comparator.comparingDouble(row -> Math.abs(row.body().centerY() - y))).orElseThrow());
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(value, max));
    }
}
