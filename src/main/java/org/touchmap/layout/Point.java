package org.touchmap.layout;

/** A point in map coordinates (pixels at 100 % zoom, origin at the map's top-left corner). */
public record Point(double x, double y) {

    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    public double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
