package org.touchmap.layout;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

import static org.junit.jupiter.api.Assertions.*;

class EmotionCurveTest {
    private static final EmotionScale SCALE = EmotionScale.inside(0, 100, 10);

    @Test
    void samplesFollowTheChainInsideTheirStagesWithTheEffectiveEmotions() {
        JourneyMap map = MedicalClinicMap.build();
        MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());
        Chain chain = map.chain("ch-first-visit");
        List<EmotionCurve.Sample> samples = EmotionCurve.samples(map, layout, chain);

        assertEquals(chain.touchpointIds(), samples.stream().map(EmotionCurve.Sample::touchpointId).toList());
        for (EmotionCurve.Sample sample : samples) {
            StageColumn column = layout.columns().stream()
                    .filter(c -> c.stageId().equals(map.touchpoint(sample.touchpointId()).stageId()))
                    .findFirst().orElseThrow();
            assertTrue(column.containsX(sample.x()), sample + " lies in its stage's column");
            assertEquals(map.touchpoint(sample.touchpointId()).effectiveEmotion(), sample.emotion());
        }
        assertEquals(-2, samples.get(3).emotion(), "the booking by phone is set to −2");
        assertEquals(0, samples.get(0).emotion(), "a neutral ad without its own score counts as 0");
    }

    @Test
    void aChainThroughTheStagesInOrderReadsLeftToRightEvenWhereItsCardsStandAboveOneAnother() {
        JourneyMap map = MedicalClinicMap.build();
        MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());
        Chain chain = map.chain("ch-first-visit");
        assertEquals(layout.card("tp-reception").orElseThrow().bounds().centerX(),
                layout.card("tp-form").orElseThrow().bounds().centerX(), "check-in and questionnaire share one x");

        List<EmotionCurve.Sample> samples = EmotionCurve.samples(map, layout, chain);
        for (int i = 1; i < samples.size(); i++) {
            assertTrue(samples.get(i).x() > samples.get(i - 1).x(),
                    samples.get(i) + " lies right of " + samples.get(i - 1));
        }
    }

    @Test
    void theChainsTouchpointsInOneStageShareItsWidthEvenly() {
        JourneyMap map = MedicalClinicMap.build();
        MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());
        StageColumn decide = layout.columns().stream().filter(c -> c.stageId().equals("decide")).findFirst()
                .orElseThrow();
        List<Double> xs = EmotionCurve.samples(map, layout, map.chain("ch-first-visit")).stream()
                .filter(sample -> map.touchpoint(sample.touchpointId()).stageId().equals("decide"))
                .map(EmotionCurve.Sample::x).toList();

        double slot = decide.width() / 3;
        assertEquals(List.of(decide.x() + slot / 2, decide.x() + 1.5 * slot, decide.x() + 2.5 * slot), xs);
    }

    @Test
    void touchpointsWithoutACardAreLeftOut() {
        JourneyMap map = MedicalClinicMap.build();
        Chain chain = map.chain("ch-first-visit");
        chain.addLink(new ChainLink(chain.touchpointIds().get(chain.touchpointIds().size() - 1), "tp-gone"));
        MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());

        List<String> ids = EmotionCurve.samples(map, layout, chain).stream()
                .map(EmotionCurve.Sample::touchpointId).toList();
        assertFalse(ids.contains("tp-gone"));
        assertEquals(chain.touchpointIds().size() - 1, ids.size());
    }

    @Test
    void scalePutsPlusTwoAtTheTopMinusTwoAtTheBottomAndZeroInTheMiddle() {
        assertEquals(10, SCALE.yOf(2), 1e-9);
        assertEquals(90, SCALE.yOf(-2), 1e-9);
        assertEquals(50, SCALE.zeroY(), 1e-9);
        assertEquals(30, SCALE.yOf(1), 1e-9);
    }

    @Test
    void pointsSitAtTheSamplesXAndTheirEmotionsHeight() {
        EmotionCurve curve = EmotionCurve.of(List.of(sample("a", 0, 1), sample("b", 100, -2)), SCALE);
        assertEquals(List.of(new Point(0, 30), new Point(100, 90)), curve.points());
    }

    @Test
    void curvePassesThroughEveryPointWithOneStepPerPair() {
        List<Point> points = List.of(new Point(0, 50), new Point(100, 10), new Point(100, 90), new Point(300, 30),
                new Point(250, 70));
        List<PathCommand> path = SmoothCurve.through(points);
        assertEquals(points.size(), path.size(), "a move to the first point, then one command per step");
        assertEquals(points, ends(path));
        assertInstanceOf(PathCommand.CubicTo.class, path.get(1), "forwards it curves");
        assertInstanceOf(PathCommand.LineTo.class, path.get(2), "in the same column it is straight");
        assertInstanceOf(PathCommand.LineTo.class, path.get(4), "backwards it is straight");
    }

    @Test
    void curveNeverSwingsBeyondItsNeighbouringPoints() {
        List<Point> points = List.of(new Point(0, 50), new Point(200, 40), new Point(220, 90), new Point(600, 10),
                new Point(650, 10), new Point(900, 60));
        var flat = awtPath(SmoothCurve.through(points)).getPathIterator(null, 0.01);
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
        assertTrue(SmoothCurve.through(List.of()).isEmpty());
        assertEquals(List.of(new PathCommand.MoveTo(new Point(5, 5))), SmoothCurve.through(List.of(new Point(5, 5))));
        assertTrue(EmotionCurve.of(List.of(), SCALE).isEmpty());
    }

    @Test
    void dipsAreTheRunsOfTouchpointsBelowZero() {
        EmotionCurve curve = EmotionCurve.of(List.of(sample("a", 0, 1), sample("b", 100, -1), sample("c", 200, -2),
                sample("d", 300, 0), sample("e", 400, -1)), SCALE);
        assertEquals(List.of(new EmotionCurve.Dip(1, 2), new EmotionCurve.Dip(4, 4)), curve.dips());
    }

    @Test
    void aCurveAtOrAboveZeroHasNoDips() {
        EmotionCurve curve = EmotionCurve.of(List.of(sample("a", 0, 0), sample("b", 100, 2)), SCALE);
        assertTrue(curve.dips().isEmpty());
    }

    @Test
    void dipAreaRunsAlongTheCurveBetweenTheNeighboursAndBackAlongTheZeroLine() {
        EmotionCurve curve = EmotionCurve.of(List.of(sample("a", 0, 1), sample("b", 100, -2), sample("c", 200, 2),
                sample("d", 300, 1)), SCALE);
        List<PathCommand> area = curve.dipArea(curve.dips().get(0));

        assertEquals(new PathCommand.MoveTo(new Point(0, 30)), area.get(0));
        assertEquals(curve.path().subList(1, 3), area.subList(1, 3), "the curve from a over b to c");
        assertEquals(new PathCommand.LineTo(new Point(200, 50)), area.get(3));
        assertEquals(new PathCommand.LineTo(new Point(0, 50)), area.get(4));
        assertInstanceOf(PathCommand.Close.class, area.get(5));
        Path2D shape = awtPath(area);
        assertTrue(shape.contains(100, 70), "below zero under b");
        assertFalse(shape.contains(250, 40), "nothing after c");
    }

    private static EmotionCurve.Sample sample(String id, double x, int emotion) {
        return new EmotionCurve.Sample(id, x, emotion);
    }

    /** Where the path's commands end, in order (the start included). */
    private static List<Point> ends(List<PathCommand> path) {
        List<Point> ends = new ArrayList<>();
        for (PathCommand command : path) {
            if (command instanceof PathCommand.MoveTo move) {
                ends.add(move.to());
            } else if (command instanceof PathCommand.LineTo line) {
                ends.add(line.to());
            } else if (command instanceof PathCommand.CubicTo cubic) {
                ends.add(cubic.to());
            }
        }
        return ends;
    }

    private static Path2D awtPath(List<PathCommand> commands) {
        Path2D.Double path = new Path2D.Double();
        for (PathCommand command : commands) {
            if (command instanceof PathCommand.MoveTo move) {
                path.moveTo(move.to().x(), move.to().y());
            } else if (command instanceof PathCommand.LineTo line) {
                path.lineTo(line.to().x(), line.to().y());
            } else if (command instanceof PathCommand.CubicTo c) {
                path.curveTo(c.control1().x(), c.control1().y(), c.control2().x(), c.control2().y(), c.to().x(),
                        c.to().y());
            } else if (command instanceof PathCommand.Close) {
                path.closePath();
            }
        }
        return path;
    }
}
