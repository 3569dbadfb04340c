package org.touchmap.layout;

import java.util.List;

/** Whether convex shapes (an arrowhead, a card, a segment of a line) overlap, by separating axes. */
final class ConvexOverlap {
    private ConvexOverlap() {
    }

    /** Whether {@code a} and {@code b} overlap deeper than {@code slack} along every axis. */
    static boolean overlap(List<Point> a, List<Point> b, double slack) {
        return depth(a, b) > slack;
    }

    /** Whether any segment of {@code line}, stroked {@link #LINE_WIDTH} wide, passes through {@code shape} deeper than {@code slack}. */
    static boolean crossesPolyline(List<Point> shape, List<Point> line, double slack) {
        for (int i = 1; i < line.size(); i++) {
            if (overlap(shape, stroke(line.get(i - 1), line.get(i)), slack)) {
                return true;
            }
        }
        return false;
    }

    /** How wide a connector's line is drawn. */
    static final double LINE_WIDTH = 2;

    private static List<Point> stroke(Point from, Point to) {
        double length = Math.max(1e-9, from.distanceTo(to));
        double nx = -(to.y() - from.y()) / length * LINE_WIDTH / 2;
        double ny = (to.x() - from.x()) / length * LINE_WIDTH / 2;
        return List.of(new Point(from.x() + nx, from.y() + ny), new Point(to.x() + nx, to.y() + ny),
                new Point(to.x() - nx, to.y() - ny), new Point(from.x() - nx, from.y() - ny));
    }

    private static double depth(List<Point> a, List<Point> b) {
        double smallest = Double.POSITIVE_INFINITY;
        for (List<Point> shape : List.of(a, b)) {
            for (int i = 0; i < shape.size(); i++) {
                Point p = shape.get(i);
                Point q = shape.get((i + 1) % shape.size());
                double nx = q.y() - p.y();
                double ny = p.x() - q.x();
                double length = Math.hypot(nx, ny);
                if (length < 1e-9) {
                    continue;
                }
                nx /= length;
                ny /= length;
                double[] ra = project(a, nx, ny);
                double[] rb = project(b, nx, ny);
                smallest = Math.min(smallest, Math.min(ra[1], rb[1]) - Math.max(ra[0], rb[0]));
            }
        }
        return smallest;
    }

    private static double[] project(List<Point> shape, double nx, double ny) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Point p : shape) {
            double d = p.x() * nx + p.y() * ny;
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        return new double[] {min, max};
    }
}
