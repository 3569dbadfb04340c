package org.touchmap.render;

import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.MapLayouter;
import org.touchmap.layout.Point;
import org.touchmap.model.JourneyMap;

import static org.junit.jupiter.api.Assertions.*;

class EmotionCurveTest {

    @Test
    void samplesFollowTheChainAtTheCardCentresWithTheEffectiveEmotions() {
        JourneyMap map = SampleMaps.english();
        MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());
        var chain = map.chain("ch-first-visit");
        List<EmotionCurve.Sample> samples = EmotionCurve.samples(map, layout, chain);

        assertEquals(chain.touchpointIds(), samples.stream().map(EmotionCurve.Sample::touchpointId).toList());
        for (EmotionCurve.Sample sample : samples) {
            assertEquals(layout.card(sample.touchpointId()).orElseThrow().bounds().centerX(), sample.x());
            assertEquals(map.touchpoint(sample.touchpointId()).effectiveEmotion(), sample.emotion());
        }
        assertEquals(-2, samples.get(3).emotion(), "the booking by phone is set to −2");
        assertEquals(0, samples.get(0).emotion(), "a neutral ad without its own score counts as 0");
    }

    @Test
    void curvePassesThroughEveryPoint() {
        List<Point> points = List.of(new Point(0, 50), new Point(100, 10), new Point(100, 90), new Point(300, 30),
                new Point(250, 70));
        List<Point> ends = segmentEnds(points);
        for (Point point : points) {
            assertTrue(ends.stream().anyMatch(end -> end.distanceTo(point) < 1e-9), "through " + point);
        }
    }

    @Test
    void curveNeverSwingsBeyondItsNeighbouringPoints() {
        List<Point> points = List.of(new Point(0, 50), new Point(200, 40), new Point(220, 90), new Point(600, 10),
                new Point(650, 10), new Point(900, 60));
        var flat = EmotionCurve.smoothPath(points).getPathIterator(null, 0.01);
        double[] coordinates = new double[6];
        double lowest = Double.MAX_VALUE;
        double highest = -Double.MAX_VALUE;
        while (!flat.isDone()) {
            flat.currentSegment(coordinates);
            lowest = Math.min(lowest, coordinates[1]);
            highest = Math.max(highest, coordinates[1]);
            flat.next();
        }
        assertEquals(10, lowest, 1e-6);
        assertEquals(90, highest, 1e-6);
    }

    @Test
    void oneTouchpointIsAPointAndNoneIsNothing() {
        assertTrue(EmotionCurve.smoothPath(List.of()).getBounds2D().isEmpty());
        assertEquals(new Point(5, 5), segmentEnds(List.of(new Point(5, 5))).get(0));
    }

    /** Where the path's pieces end, in order (the start included). */
    private static List<Point> segmentEnds(List<Point> points) {
        List<Point> ends = new ArrayList<>();
        var iterator = EmotionCurve.smoothPath(points).getPathIterator(null);
        double[] c = new double[6];
        while (!iterator.isDone()) {
            int type = iterator.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> ends.add(new Point(c[0], c[1]));
                case PathIterator.SEG_QUADTO -> ends.add(new Point(c[2], c[3]));
                case PathIterator.SEG_CUBICTO -> ends.add(new Point(c[4], c[5]));
                default -> {
                }
            }
            iterator.next();
        }
        return ends;
    }
}
