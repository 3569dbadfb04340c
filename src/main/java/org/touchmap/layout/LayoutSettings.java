package org.touchmap.layout;

import org.touchmap.model.CardFootprint;

/**
 * Sizes the layout works with, in pixels at 100 % zoom. The canvas and every export use the same
 * settings, so a map looks the same on screen and on paper.
 *
 * @param margin              empty space around the whole map
 * @param titleHeight         height of the title area at the top
 * @param phaseBandHeight     height of the phase band above the stage headers (used only when a stage has a phase)
 * @param stageHeaderHeight   height of a stage header (name, customer question and a free slot for a badge)
 * @param laneHeaderWidth     width of the lane headers on the left
 * @param headerGap           gap between the headers and the grid of cells
 * @param cellPadding         free space between a cell's border and the cards in it
 * @param minColumnWidth      narrowest a stage column gets, even when empty
 * @param minRowHeight        lowest a lane row gets, even when empty
 * @param cardWidth           width of every card
 * @param cardHeight          height of every card
 * @param connectorSpacing    distance between parallel connectors of different chains between the same cards
 * @param connectorClearance  how far a backward connector passes above the cards it goes over
 * @param connectorApproach   length of the last straight run before a connector enters a card sideways
 * @param cornerRadius        radius of a connector's rounded corners
 * @param arrowLength         length of an arrowhead along the connector
 * @param arrowWidth          width of an arrowhead across the connector
 */
public record LayoutSettings(double margin, double titleHeight, double phaseBandHeight, double stageHeaderHeight,
                             double laneHeaderWidth, double headerGap, double cellPadding,
                             double minColumnWidth, double minRowHeight, double cardWidth, double cardHeight,
                             double connectorSpacing, double connectorClearance, double connectorApproach,
                             double cornerRadius, double arrowLength, double arrowWidth) {

    public LayoutSettings {
        requireNonNegative(margin, titleHeight, phaseBandHeight, stageHeaderHeight, laneHeaderWidth, headerGap,
                cellPadding, minColumnWidth, minRowHeight, connectorSpacing, connectorClearance,
                connectorApproach, cornerRadius, arrowLength, arrowWidth);
        if (cardWidth <= 0 || cardHeight <= 0) {
            throw new IllegalArgumentException("Card size must be positive: " + cardWidth + " x " + cardHeight);
        }
    }

    /** The sizes Touchmap uses unless told otherwise. */
    public static LayoutSettings defaults() {
        return new LayoutSettings(24, 48, 30, 100, 136, 4, 20, 216, 112, CardFootprint.WIDTH, CardFootprint.HEIGHT,
                7, 10, 14, 8, 10, 9);
    }

    /** The narrowest a column may be made: room for one card and the padding around it. */
    public double narrowestColumnWidth() {
        return cardWidth + 2 * cellPadding;
    }

    /** The same settings with another card size, e.g. for presenter mode. */
    public LayoutSettings withCardSize(double width, double height) {
        return new LayoutSettings(margin, titleHeight, phaseBandHeight, stageHeaderHeight, laneHeaderWidth,
                headerGap, cellPadding, minColumnWidth, minRowHeight, width, height, connectorSpacing,
                connectorClearance, connectorApproach, cornerRadius, arrowLength, arrowWidth);
    }

    private static void requireNonNegative(double... values) {
        for (double value : values) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("Layout sizes must be finite and not negative: " + value);
            }
        }
    }
}
