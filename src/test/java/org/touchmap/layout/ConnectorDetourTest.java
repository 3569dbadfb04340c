package org.touchmap.layout;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.layout.MapLayouterTest.grid;
import static org.touchmap.layout.MapLayouterTest.place;

/** Arrows keep out of the cards they do not connect. */
class ConnectorDetourTest {
    private static final LayoutSettings SETTINGS = LayoutSettings.defaults();
    private static final double TOLERANCE = 0.001;

    @Test
    void noArrowOfTheMedicalClinicRunsThroughACardOtherThanItsEnds() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        assertEquals(List.of(), crossings(layout));
    }

    @Test
    void forwardLinkAcrossSeveralColumnsGoesAroundTheCardsBetween() {
        JourneyMap map = grid(4, 1);
        place(map, "a", "s1", "l1", 0, 0);
        place(map, "b", "s2", "l1", 0, 0);
        place(map, "c", "s3", "l1", 0, 0);
        place(map, "d", "s4", "l1", 0, 0);
        map.addChain(chain("skip", "a", "d"));
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        Connector skip = layout.connectors().get(0);
        Rect a = layout.card("a").orElseThrow().bounds();
        Rect d = layout.card("d").orElseThrow().bounds();

        assertEquals(List.of(), crossings(layout));
        assertEquals(a.maxX(), skip.start().x(), TOLERANCE, "still leaves from the right edge");
        assertEquals(d.x(), skip.arrowTip().x(), TOLERANCE, "still arrives at the left edge");
        assertEquals(0, skip.arrowAngle(), TOLERANCE, "the arrowhead still points right");
        assertOrthogonal(skip);
    }

    @Test
    void theDetourFollowsTheLineBetweenRowsOrAboveTheCards() {
        JourneyMap map = grid(3, 2);
        place(map, "a", "s1", "l1", 0, 0);
        place(map, "wall", "s2", "l1", 0, 0);
        place(map, "b", "s3", "l1", 0, 0);
        map.addChain(chain("over", "a", "b"));
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        Connector over = layout.connectors().get(0);
        Rect wall = layout.card("wall").orElseThrow().bounds();

        List<Point> points = over.points();
        double passingY = java.util.stream.IntStream.range(1, points.size())
                .filter(i -> Math.min(points.get(i - 1).x(), points.get(i).x()) <= wall.centerX()
                        && Math.max(points.get(i - 1).x(), points.get(i).x()) >= wall.centerX())
                .mapToDouble(i -> points.get(i).y()).findFirst().orElseThrow();
        LaneRow row = layout.rows().get(0);
        assertTrue(passingY == row.y() || passingY == row.body().maxY(),
                "passes the wall along a line between rows: " + points);
    }

    @Test
    void backwardLinkOverACardInBetweenThatReachesAsHighGoesAroundIt() {
        JourneyMap map = grid(3, 1);
        place(map, "early", "s1", "l1", 0, 90);
        place(map, "high", "s2", "l1", 0, 60);
        place(map, "late", "s3", "l1", 0, 90);
        map.addChain(chain("back", "late", "early"));
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        Connector back = layout.connectors().get(0);
        Rect early = layout.card("early").orElseThrow().bounds();
        Rect late = layout.card("late").orElseThrow().bounds();

        assertEquals(List.of(), crossings(layout));
        assertEquals(late.y(), back.start().y(), TOLERANCE, "still leaves from the top");
        assertEquals(early.y(), back.arrowTip().y(), TOLERANCE, "still arrives at the top");
        assertOrthogonal(back);
    }

    @Test
    void arrowsOnACrowdedMapKeepOutOfEveryOtherCard() {
        JourneyMap map = grid(4, 2);
        String[] lanes = {"l1", "l2"};
        int n = 0;
        for (int s = 1; s <= 4; s++) {
            for (String lane : lanes) {
                place(map, "c" + n++, "s" + s, lane, 0, 0);
                place(map, "c" + n++, "s" + s, lane, 180, 0);
                place(map, "c" + n++, "s" + s, lane, 90, 90);
            }
        }
        Chain zigzag = new Chain("zigzag", "Zigzag", "#0072b2");
        int[][] links = {{0, 11}, {11, 2}, {2, 23}, {23, 4}, {4, 14}, {14, 1}, {1, 22}, {22, 9}, {9, 3}, {3, 20}};
        for (int[] link : links) {
            zigzag.addLink(new ChainLink("c" + link[0], "c" + link[1]));
        }
        map.addChain(zigzag);
        MapLayout layout = MapLayouter.layout(map, SETTINGS);

        assertEquals(List.of(), crossings(layout));
        layout.connectors().forEach(ConnectorDetourTest::assertOrthogonal);
    }

    /** Every arrow segment that passes through a card that is not one of the arrow's two ends. */
    static List<String> crossings(MapLayout layout) {
        return layout.connectors().stream().flatMap(connector -> {
            List<Point> points = connector.points();
            return layout.cards().stream()
                    .filter(card -> !card.touchpointId().equals(connector.fromTouchpointId())
                            && !card.touchpointId().equals(connector.toTouchpointId()))
                    .flatMap(card -> java.util.stream.IntStream.range(1, points.size())
                            .filter(i -> segmentBox(points.get(i - 1), points.get(i)).overlaps(card.bounds()))
                            .mapToObj(i -> connector.fromTouchpointId() + "→" + connector.toTouchpointId()
                                    + " crosses " + card.touchpointId() + " at " + points.get(i - 1)
                                    + "–" + points.get(i)));
        }).toList();
    }

    /** An orthogonal segment as a rectangle of no width or no height, so Rect.overlaps finds crossings. */
    private static Rect segmentBox(Point a, Point b) {
        return new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()),
                Math.abs(a.y() - b.y()));
    }

    private static void assertOrthogonal(Connector connector) {
        List<Point> points = connector.points();
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            assertTrue(Math.abs(a.x() - b.x()) < TOLERANCE || Math.abs(a.y() - b.y()) < TOLERANCE,
                    "segment " + a + " → " + b + " is not straight");
        }
    }

    private static Chain chain(String id, String from, String to) {
        Chain chain = new Chain(id, id, "#0072b2");
        chain.addLink(new ChainLink(from, to));
        return chain;
    }
}
