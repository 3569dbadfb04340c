package org.touchmap.model;

/**
 * The room one card takes in its cell, in pixels at 100 % zoom. Every card has the same size, so
 * whether two cards overlap is a fact about the map, not about how it is drawn; the layout draws
 * cards at this size.
 */
public final class CardFootprint {
    public static final double WIDTH = 168;
    public static final double HEIGHT = 72;

    private CardFootprint() {
    }

    /** Whether cards with these in-cell corners cover each other; touching edges do not. */
    public static boolean overlap(double x1, double y1, double x2, double y2) {
        return Math.abs(drawnAt(x1) - drawnAt(x2)) < WIDTH && Math.abs(drawnAt(y1) - drawnAt(y2)) < HEIGHT;
    }

    /** Where a card is drawn along one axis: a card above or left of its cell's corner is drawn at the corner. */
    public static double drawnAt(double coordinate) {
        return Math.max(0, coordinate);
    }
}
