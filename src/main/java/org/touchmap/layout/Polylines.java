package org.touchmap.layout;

import java.util.List;

/** Distances between points and polylines, for picking a connector with the mouse. */
public final class Polylines {
    private Polylines() {
    }

    /** The shortest distance from {@code p} to the segment from {@code a} to {@code b}. */
    public static double distanceToSegment(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        if (lengthSquared == 0) {
            return p.distanceTo(a);
        }
        // Where the perpendicular from p meets the line, as a fraction of the segment, kept on the segment.
        double t = ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return p.distanceTo(new Point(a.x() + t * dx, a.y() + t * dy));
    }

    /** The shortest distance from {@code p} to any segment of the polyline; infinite for an empty one. */
    public static double distanceTo(Point p, List<Point> polyline) {
        if (polyline.size() == 1) {
            return p.distanceTo(polyline.get(0));
        }
        double nearest = Double.POSITIVE_INFINITY;
        for (int i = 1; i < polyline.size(); i++) {
            nearest = Math.min(nearest, distanceToSegment(p, polyline.get(i - 1), polyline.get(i)));
        }
        return nearest;
    }
}
