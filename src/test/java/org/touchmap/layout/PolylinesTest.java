package org.touchmap.layout;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PolylinesTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void distanceToASegmentIsMeasuredAlongThePerpendicularInsideIt() {
        Point a = new Point(0, 0);
        Point b = new Point(100, 0);
        assertEquals(5, Polylines.distanceToSegment(new Point(40, 5), a, b), TOLERANCE);
        assertEquals(5, Polylines.distanceToSegment(new Point(40, -5), a, b), TOLERANCE);
        assertEquals(0, Polylines.distanceToSegment(new Point(100, 0), a, b), TOLERANCE);
    }

    @Test
    void beyondItsEndsTheDistanceIsToTheNearerEnd() {
        Point a = new Point(0, 0);
        Point b = new Point(0, 50);
        assertEquals(5, Polylines.distanceToSegment(new Point(3, 54), a, b), TOLERANCE);
        assertEquals(10, Polylines.distanceToSegment(new Point(0, -10), a, b), TOLERANCE);
    }

    @Test
    void slantedSegmentsAndSegmentsOfNoLengthWork() {
        assertEquals(Math.sqrt(2), Polylines.distanceToSegment(new Point(0, 2), new Point(0, 0), new Point(10, 10)),
                TOLERANCE);
        assertEquals(5, Polylines.distanceToSegment(new Point(3, 4), new Point(0, 0), new Point(0, 0)), TOLERANCE);
    }

    @Test
    void distanceToAPolylineIsToItsNearestSegment() {
        List<Point> elbow = List.of(new Point(0, 0), new Point(100, 0), new Point(100, 100));
        assertEquals(2, Polylines.distanceTo(new Point(98, 60), elbow), TOLERANCE, "nearest to the vertical part");
        assertEquals(3, Polylines.distanceTo(new Point(20, 3), elbow), TOLERANCE, "nearest to the horizontal part");
        assertEquals(Math.hypot(10, 10), Polylines.distanceTo(new Point(110, 110), elbow), TOLERANCE);
        assertEquals(Double.POSITIVE_INFINITY, Polylines.distanceTo(new Point(0, 0), List.of()));
    }
}
