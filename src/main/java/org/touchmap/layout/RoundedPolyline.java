package org.touchmap.layout;

import java.util.ArrayList;
import java.util.List;

/** Turns a polyline into path commands whose corners are rounded, for a softer look of connectors. */
final class RoundedPolyline {
    private RoundedPolyline() {
    }

    /**
     * Path commands through {@code points}, each interior corner replaced by a quadratic curve
     * of at most {@code radius}; short segments get smaller corners so curves never overlap.
     */
    static List<PathCommand> commands(List<Point> points, double radius) {
        List<PathCommand> commands = new ArrayList<>();
        if (points.isEmpty()) {
            return commands;
        }
        commands.add(new PathCommand.MoveTo(points.get(0)));
        for (int i = 1; i < points.size() - 1; i++) {
            Point before = points.get(i - 1);
            Point corner = points.get(i);
            Point after = points.get(i + 1);
            double r = Math.min(radius, Math.min(before.distanceTo(corner), corner.distanceTo(after)) / 2);
            if (r <= 0) {
                commands.add(new PathCommand.LineTo(corner));
                continue;
            }
            commands.add(new PathCommand.LineTo(towards(corner, before, r)));
            commands.add(new PathCommand.QuadTo(corner, towards(corner, after, r)));
        }
        if (points.size() > 1) {
            commands.add(new PathCommand.LineTo(points.get(points.size() - 1)));
        }
        return commands;
    }

    /** The point {@code distance} away from {@code from} in the direction of {@code to}. */
    static Point towards(Point from, Point to, double distance) {
        double length = from.distanceTo(to);
        if (length == 0) {
            return from;
        }
        double t = distance / length;
        return new Point(from.x() + (to.x() - from.x()) * t, from.y() + (to.y() - from.y()) * t);
    }
}
