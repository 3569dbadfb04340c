package org.touchmap.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A smooth path through points in their order that never swings above or below its neighbouring
 * points, so a curve shows no value the data does not have: where x grows it is a monotone cubic
 * (Steffen's method), and a step that stays at the same x or goes back is a straight line.
 */
public final class SmoothCurve {
    private SmoothCurve() {
    }

    /**
     * The path: a {@link PathCommand.MoveTo} to the first point, then exactly one command per step
     * from a point to the next, so the commands of step {@code i} (from point {@code i} to point
     * {@code i + 1}) are at index {@code i + 1}. Empty for no points.
     */
    public static List<PathCommand> through(List<Point> points) {
        List<PathCommand> path = new ArrayList<>(points.size());
        if (points.isEmpty()) {
            return path;
        }
        path.add(new PathCommand.MoveTo(points.get(0)));
        int runStart = 0;
        for (int i = 1; i <= points.size(); i++) {
            boolean runEnds = i == points.size() || points.get(i).x() <= points.get(i - 1).x();
            if (runEnds) {
                appendRun(path, points.subList(runStart, i));
                if (i < points.size()) {
                    path.add(new PathCommand.LineTo(points.get(i)));
                }
                runStart = i;
            }
        }
        return path;
    }

    /** Cubic pieces through points whose x strictly grows; the path already stands at the first. */
    private static void appendRun(List<PathCommand> path, List<Point> run) {
        int n = run.size();
        if (n < 2) {
            return;
        }
        double[] slopes = slopes(run);
        for (int i = 0; i + 1 < n; i++) {
            Point a = run.get(i);
            Point b = run.get(i + 1);
            double third = (b.x() - a.x()) / 3;
            path.add(new PathCommand.CubicTo(new Point(a.x() + third, a.y() + slopes[i] * third),
                    new Point(b.x() - third, b.y() - slopes[i + 1] * third), b));
        }
    }

    /**
     * Steffen's slopes: at an inner point the gentler of the neighbouring secants' and their
     * weighted mean, and zero at a peak or a dip, which keeps every piece between its two ends;
     * at the ends, the secant.
     */
    private static double[] slopes(List<Point> run) {
        int n = run.size();
        double[] secants = new double[n - 1];
        double[] widths = new double[n - 1];
        for (int i = 0; i + 1 < n; i++) {
            widths[i] = run.get(i + 1).x() - run.get(i).x();
            secants[i] = (run.get(i + 1).y() - run.get(i).y()) / widths[i];
        }
        double[] slopes = new double[n];
        slopes[0] = secants[0];
        slopes[n - 1] = secants[n - 2];
        for (int i = 1; i + 1 < n; i++) {
            double before = secants[i - 1];
            double after = secants[i];
            double weighted = (before * widths[i] + after * widths[i - 1]) / (widths[i - 1] + widths[i]);
            slopes[i] = (Math.signum(before) + Math.signum(after))
                    * Math.min(Math.min(Math.abs(before), Math.abs(after)), 0.5 * Math.abs(weighted));
        }
        return slopes;
    }
}
