package org.touchmap.render;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

import org.touchmap.layout.CardBox;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Point;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;

/**
 * The emotion of a chain's touchpoints in the order the customer meets them: one point per
 * touchpoint, at the centre of its card across the map, and a smooth curve through the points.
 */
final class EmotionCurve {
    /**
     * One touchpoint on the curve.
     *
     * @param touchpointId the touchpoint
     * @param x            centre of its card across the map
     * @param emotion      its effective emotion, −2..+2
     */
    record Sample(String touchpointId, double x, int emotion) {
    }

    private EmotionCurve() {
    }

    /** The chain's touchpoints that have a card, in chain order, each once. */
    static List<Sample> samples(JourneyMap map, MapLayout layout, Chain chain) {
        List<Sample> samples = new ArrayList<>();
        for (String id : chain.touchpointIds()) {
            var card = layout.card(id);
            var touchpoint = map.findTouchpoint(id);
            if (card.isPresent() && touchpoint.isPresent()) {
                CardBox box = card.get();
                samples.add(new Sample(id, box.bounds().centerX(), touchpoint.get().effectiveEmotion()));
            }
        }
        return samples;
    }

    /**
     * A smooth path through the points in their order that never swings above or below its
     * neighbouring points, so the curve shows no mood the customer did not have: where x grows it
     * is a monotone cubic (Steffen's method), and a step that stays in the same column or goes
     * back is a straight line.
     */
    static Path2D smoothPath(List<Point> points) {
        Path2D.Double path = new Path2D.Double();
        if (points.isEmpty()) {
            return path;
        }
        path.moveTo(points.get(0).x(), points.get(0).y());
        int runStart = 0;
        for (int i = 1; i <= points.size(); i++) {
            boolean runEnds = i == points.size() || points.get(i).x() <= points.get(i - 1).x();
            if (runEnds) {
                appendRun(path, points.subList(runStart, i));
                if (i < points.size()) {
                    path.lineTo(points.get(i).x(), points.get(i).y());
                }
                runStart = i;
            }
        }
        return path;
    }

    /** Cubic pieces through points whose x strictly grows; the path already stands at the first. */
    private static void appendRun(Path2D path, List<Point> run) {
        int n = run.size();
        if (n < 2) {
            return;
        }
        double[] slopes = slopes(run);
        for (int i = 0; i + 1 < n; i++) {
            Point a = run.get(i);
            Point b = run.get(i + 1);
            double third = (b.x() - a.x()) / 3;
            path.curveTo(a.x() + third, a.y() + slopes[i] * third, b.x() - third, b.y() - slopes[i + 1] * third,
                    b.x(), b.y());
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
