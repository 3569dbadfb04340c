package org.touchmap.layout;

/** An axis-aligned rectangle in map coordinates. Width and height are never negative. */
public record Rect(double x, double y, double width, double height) {
    public static final Rect EMPTY = new Rect(0, 0, 0, 0);

    public Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("Negative size: " + width + " x " + height);
        }
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public Point center() {
        return new Point(centerX(), centerY());
    }

    /** Whether the point lies inside or on the border. */
    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    public boolean contains(Rect other) {
        return other.x >= x && other.maxX() <= maxX() && other.y >= y && other.maxY() <= maxY();
    }

    /** Whether the two rectangles share some area; touching borders do not count. */
    public boolean overlaps(Rect other) {
        return other.x < maxX() && x < other.maxX() && other.y < maxY() && y < other.maxY();
    }

    /** Whether the point lies on the border, within {@code tolerance}. */
    public boolean isOnBorder(Point p, double tolerance) {
        boolean withinX = p.x() >= x - tolerance && p.x() <= maxX() + tolerance;
        boolean withinY = p.y() >= y - tolerance && p.y() <= maxY() + tolerance;
        boolean onVertical = withinY && (Math.abs(p.x() - x) <= tolerance || Math.abs(p.x() - maxX()) <= tolerance);
        boolean onHorizontal = withinX && (Math.abs(p.y() - y) <= tolerance || Math.abs(p.y() - maxY()) <= tolerance);
        return onVertical || onHorizontal;
    }

    public Rect translate(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    /** This rectangle shrunk by {@code amount} on every side (never below zero size). */
    public Rect inset(double amount) {
        return inset(amount, amount, amount, amount);
    }

    public Rect inset(double top, double right, double bottom, double left) {
        return new Rect(x + left, y + top, Math.max(0, width - left - right), Math.max(0, height - top - bottom));
    }

    public Rect union(Rect other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Rect(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }
}
