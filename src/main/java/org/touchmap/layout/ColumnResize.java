package org.touchmap.layout;

/** The preferred width a stage's column gets when its header's right edge is dragged. */
public final class ColumnResize {
    private ColumnResize() {
    }

    /**
     * The column's width plus how far the edge moved, never below one card's room, in whole pixels
     * so that files stay tidy. Narrower than its cards need is allowed here; the layout still
     * makes the column as wide as its cards.
     */
    public static double preferredWidth(StageColumn column, double dragDistance, LayoutSettings settings) {
        return Math.round(Math.max(settings.narrowestColumnWidth(), column.width() + dragDistance));
    }
}
