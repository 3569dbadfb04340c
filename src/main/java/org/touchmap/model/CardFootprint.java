package org.touchmap.model;

/**
 * The room one card takes in its cell, in pixels at 100 % zoom. Every card has the same size, so
 * whether two cards overlap is a fact about the map, not about how it is drawn; the layout draws
 * cards at this size.
 */
public final class CardFootprint {
    public static final double WIDTH = 168;
    public static final double HEIGHT = 72;
    /** Space kept between cards placed one below the other or put aside, enough for an arrow to pass. */
    public static final double GAP = 18;

    private CardFootprint() {
    }

    /** Whether cards with these in-cell corners cover each other; touching edges do not. */
    public static boolean overlap(double x1, double y1, double x2, double y2) {
        return Math.abs(drawnAt(x1) - drawnAt(x2)) < WIDTH && Math.abs(drawnAt(y1) - drawnAt(y2)) < HEIGHT;
    }

    /**
     * The in-cell y below the lowest card of the cell of {@code stageId} and {@code laneId}, one
     * gap apart; 0 in an empty cell. A card added without a spot pointed at goes there, so cards
     * typed, dropped or imported one after another form a tidy column.
     */
    public static double belowLowest(JourneyMap map, String stageId, String laneId) {
        return map.touchpointsInStage(stageId).stream()
                .filter(card -> card.laneId().equals(laneId))
                .mapToDouble(card -> drawnAt(card.y()) + HEIGHT + GAP)
                .max().orElse(0);
    }

    /** Where a card is drawn along one axis: a card above or left of its cell's corner is drawn at the corner. */
    public static double drawnAt(double coordinate) {
        return Math.max(0, coordinate);
    }
}
