package org.touchmap.layout;

import org.touchmap.model.CardFootprint;

/**
 * Where a card's top-left corner is drawn: its cell's padded corner plus the card's offset in the cell.
 * Negative offsets count as zero, since they would push a card out of its cell into a neighbour's. The
 * layout places cards by this rule and a drag shows where a card would land by it, so the two agree.
 */
public final class CardCorner {
    private CardCorner() {
    }

    /** The corner of a card at offset ({@code x}, {@code y}) in the cell whose top-left is ({@code cellX}, {@code cellY}). */
    public static Point of(double cellX, double cellY, double x, double y, LayoutSettings settings) {
        double padding = settings.cellPadding();
        return new Point(cellX + padding + CardFootprint.drawnAt(x), cellY + padding + CardFootprint.drawnAt(y));
    }
}
