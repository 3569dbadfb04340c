package org.touchmap.layout;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

import static org.junit.jupiter.api.Assertions.*;

/** What the canvas asks the layout when the mouse is over an arrow or a header. */
class LayoutHitTest {
    private static final LayoutSettings SETTINGS = LayoutSettings.defaults();
    private final MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);

    @Test
    void aPointNearAnArrowPicksThatArrow() {
        Connector pageToChat = connector("tp-page", "tp-chat");
        Point middle = midpoint(pageToChat.points().get(0), pageToChat.points().get(1));

        Connector picked = layout.connectorAt(middle.x() + 3, middle.y(), 5).orElseThrow();

        assertEquals(pageToChat, picked);
    }

    @Test
    void aPointFartherThanTheToleranceFromEveryArrowPicksNone() {
        Connector pageToChat = connector("tp-page", "tp-chat");
        Point middle = midpoint(pageToChat.points().get(0), pageToChat.points().get(1));

        assertTrue(layout.connectorAt(middle.x() + 6, middle.y(), 5).isEmpty());
        Rect emptyCell = layout.cell("awareness", "offline").orElseThrow();
        assertTrue(layout.connectorAt(emptyCell.centerX(), emptyCell.centerY(), 5).isEmpty());
    }

    @Test
    void theNearerOfTwoArrowsWins() {
        JourneyMap map = MapLayouterTest.grid(2, 1);
        MapLayouterTest.place(map, "a", "s1", "l1", 0, 0);
        MapLayouterTest.place(map, "b", "s2", "l1", 0, 0);
        var first = new org.touchmap.model.Chain("c1", "First", "#0072b2");
        first.addLink(new org.touchmap.model.ChainLink("a", "b"));
        var second = new org.touchmap.model.Chain("c2", "Second", "#d55e00");
        second.addLink(new org.touchmap.model.ChainLink("a", "b"));
        map.addChain(first);
        map.addChain(second);
        MapLayout twoArrows = MapLayouter.layout(map, SETTINGS);
        Connector upper = twoArrows.connectors().get(0);
        Connector lower = twoArrows.connectors().get(1);
        double x = (upper.start().x() + upper.arrowTip().x()) / 2;

        assertEquals("c1", twoArrows.connectorAt(x, upper.start().y() - 1, 10).orElseThrow().chainId());
        assertEquals("c2", twoArrows.connectorAt(x, lower.start().y() + 1, 10).orElseThrow().chainId());
    }

    @Test
    void headersAreFoundByTheirBoxes() {
        StageColumn compare = layout.columns().get(2);
        LaneRow offline = layout.rows().get(1);

        assertEquals(new HeaderHit.StageHeader("compare", 2),
                layout.headerAt(compare.header().centerX(), compare.header().centerY(), 4).orElseThrow());
        assertEquals(new HeaderHit.LaneHeader("offline", 1),
                layout.headerAt(offline.header().centerX(), offline.header().centerY(), 4).orElseThrow());
        assertTrue(layout.headerAt(compare.body().centerX(), compare.body().centerY(), 4).isEmpty(),
                "the cells are not a header");
    }

    @Test
    void theLineBetweenTwoStageHeadersResizesTheLeftColumn() {
        StageColumn search = layout.columns().get(1);
        double y = search.header().centerY();

        HeaderHit edge = new HeaderHit.StageEdge("search", 1);
        assertEquals(edge, layout.headerAt(search.body().maxX() - 3, y, 4).orElseThrow());
        assertEquals(edge, layout.headerAt(search.body().maxX() + 3, y, 4).orElseThrow());
        assertEquals(new HeaderHit.StageHeader("search", 1),
                layout.headerAt(search.body().maxX() - 5, y, 4).orElseThrow());
        StageColumn last = layout.columns().get(layout.columns().size() - 1);
        assertEquals(new HeaderHit.StageEdge("after", 4), layout.headerAt(last.body().maxX() + 2, y, 4).orElseThrow(),
                "the last column has an edge too");
    }

    private Connector connector(String from, String to) {
        return layout.connectors().stream()
                .filter(c -> c.fromTouchpointId().equals(from) && c.toTouchpointId().equals(to))
                .findFirst().orElseThrow();
    }

    private static Point midpoint(Point a, Point b) {
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }
}
