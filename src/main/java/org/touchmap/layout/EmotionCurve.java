package org.touchmap.layout;

import java.util.ArrayList;
import java.util.List;

import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * The emotion of a chain's touchpoints in the order the customer meets them, placed for drawing:
 * one point per touchpoint in its stage's column across the map and at its emotion on a
 * {@link EmotionScale}, a smooth path through the points, and the dips where the mood falls
 * below zero. The exports and the canvas's strip draw the same curve from it.
 */
public final class EmotionCurve {
    /**
     * One touchpoint on the curve.
     *
     * @param touchpointId the touchpoint
     * @param x            its place across the map, in its stage (or wherever the drawing puts that place)
     * @param emotion      its effective emotion, −2..+2
     */
    public record Sample(String touchpointId, double x, int emotion) {
        /** The same touchpoint at another x, e.g. its place on a zoomed and scrolled screen. */
        public Sample atX(double newX) {
            return new Sample(touchpointId, newX, emotion);
        }
    }

    /**
     * Touchpoints in a row whose emotion is below zero, as indexes into the samples.
     *
     * @param firstSample the first of them
     * @param lastSample  the last of them, at or after the first
     */
    public record Dip(int firstSample, int lastSample) {
    }

    private final List<Sample> samples;
    private final EmotionScale scale;
    private final List<Point> points;
    private final List<PathCommand> path;
    private final List<Dip> dips;

    private EmotionCurve(List<Sample> samples, EmotionScale scale) {
        this.samples = List.copyOf(samples);
        this.scale = scale;
        this.points = this.samples.stream().map(sample -> new Point(sample.x(), scale.yOf(sample.emotion()))).toList();
        this.path = List.copyOf(SmoothCurve.through(points));
        this.dips = List.copyOf(findDips(this.samples));
    }

    /** The curve of a chain's touchpoints that have a card on the map, spread across their stages. */
    public static EmotionCurve of(JourneyMap map, MapLayout layout, Chain chain, EmotionScale scale) {
        return of(samples(map, layout, chain), scale);
    }

    /** The curve through samples placed by the caller, in their order. */
    public static EmotionCurve of(List<Sample> samples, EmotionScale scale) {
        return new EmotionCurve(samples, scale);
    }

    /**
     * The chain's touchpoints that have a card, in chain order, each once, spread across their
     * stages in chain order (see {@link StageSlots}) so the curve reads left to right.
     */
    public static List<Sample> samples(JourneyMap map, MapLayout layout, Chain chain) {
        List<Touchpoint> met = new ArrayList<>();
        List<Double> cardCentres = new ArrayList<>();
        for (String id : chain.touchpointIds()) {
            var card = layout.card(id);
            var touchpoint = map.findTouchpoint(id);
            if (card.isPresent() && touchpoint.isPresent()) {
                met.add(touchpoint.get());
                cardCentres.add(card.get().bounds().centerX());
            }
        }
        double[] xs = StageSlots.across(met.stream().map(Touchpoint::stageId).toList(), layout.columns(),
                cardCentres.stream().mapToDouble(Double::doubleValue).toArray());
        List<Sample> samples = new ArrayList<>(met.size());
        for (int i = 0; i < met.size(); i++) {
            samples.add(new Sample(met.get(i).id(), xs[i], met.get(i).effectiveEmotion()));
        }
        return samples;
    }

    public List<Sample> samples() {
        return samples;
    }

    public EmotionScale scale() {
        return scale;
    }

    /** Where each sample is drawn, in the samples' order. */
    public List<Point> points() {
        return points;
    }

    /** The smooth path through the points; see {@link SmoothCurve#through}. */
    public List<PathCommand> path() {
        return path;
    }

    /** The runs of touchpoints below zero, in order. */
    public List<Dip> dips() {
        return dips;
    }

    public boolean isEmpty() {
        return samples.isEmpty();
    }

    /**
     * The area between the curve and the zero line around a dip: the curve from the touchpoint
     * before the dip to the one after it, closed along the zero line. Its part below the zero line
     * is the dip; the curve between points stays between their heights, so clipping the area to
     * below zero leaves exactly the dip.
     */
    public List<PathCommand> dipArea(Dip dip) {
        int from = Math.max(0, dip.firstSample() - 1);
        int to = Math.min(points.size() - 1, dip.lastSample() + 1);
        List<PathCommand> area = new ArrayList<>();
        area.add(new PathCommand.MoveTo(points.get(from)));
        area.addAll(path.subList(from + 1, to + 1));
        double zero = scale.zeroY();
        area.add(new PathCommand.LineTo(new Point(points.get(to).x(), zero)));
        area.add(new PathCommand.LineTo(new Point(points.get(from).x(), zero)));
        area.add(new PathCommand.Close());
        return area;
    }

    private static List<Dip> findDips(List<Sample> samples) {
        List<Dip> dips = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= samples.size(); i++) {
            boolean below = i < samples.size() && samples.get(i).emotion() < 0;
            if (below && start < 0) {
                start = i;
            } else if (!below && start >= 0) {
                dips.add(new Dip(start, i - 1));
                start = -1;
            }
        }
        return dips;
    }
}
