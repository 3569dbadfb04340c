package org.touchmap.ui.canvas;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class EdgeAutoScrollTest {
    private static final double VIEW = 800;

    @Test
    void awayFromTheEdgesTheViewStaysPut() {
        assertEquals(0, EdgeAutoScroll.speed(EdgeAutoScroll.EDGE, VIEW));
        assertEquals(0, EdgeAutoScroll.speed(VIEW / 2, VIEW));
        assertEquals(0, EdgeAutoScroll.speed(VIEW - EdgeAutoScroll.EDGE, VIEW));
    }

    @Test
    void nearAnEdgeTheViewScrollsThatWayFasterTheFartherOut() {
        double justInside = EdgeAutoScroll.speed(VIEW - 10, VIEW);
        double atTheEdge = EdgeAutoScroll.speed(VIEW, VIEW);
        double farOut = EdgeAutoScroll.speed(VIEW + 500, VIEW);
        assertTrue(0 < justInside && justInside < atTheEdge && atTheEdge < farOut,
                justInside + " < " + atTheEdge + " < " + farOut);
        assertEquals(EdgeAutoScroll.MAX_SPEED, farOut, 1e-9, "but never faster than the eye can follow");
        assertEquals(-justInside, EdgeAutoScroll.speed(10, VIEW), 1e-9, "towards the start the same, backwards");
        assertEquals(-EdgeAutoScroll.MAX_SPEED, EdgeAutoScroll.speed(-500, VIEW), 1e-9);
    }

    @Test
    void aViewWithNoRoomBesideTheBandsDoesNotScroll() {
        assertEquals(0, EdgeAutoScroll.speed(5, 2 * EdgeAutoScroll.EDGE));
    }
}
