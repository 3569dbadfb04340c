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

class ConnectorRouterTest {
    private static final LayoutSettings SETTINGS = LayoutSettings.defaults();
    private static final double TOLERANCE = 0.001;

    @Test
    void medicalClinicHasOneConnectorPerLinkPlusTheNextChainArrow() {
        JourneyMap map = MedicalClinicMap.build();
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        int links = map.chains().stream().mapToInt(Chain::linkCount).sum();
        assertEquals(links + 1, layout.connectors().size());
    }

    @Test
    void everyConnectorStartsAndEndsOnTheEdgesOfItsCards() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        for (Connector connector : layout.connectors()) {
            Rect from = layout.card(connector.fromTouchpointId()).orElseThrow().bounds();
            Rect to = layout.card(connector.toTouchpointId()).orElseThrow().bounds();
            assertTrue(from.isOnBorder(connector.start(), TOLERANCE), connector + " leaves the edge of " + from);
            assertTrue(to.isOnBorder(connector.arrowTip(), TOLERANCE), connector + " ends on the edge of " + to);
            assertEquals(connector.points().get(connector.points().size() - 1), connector.arrowTip());
        }
    }

    @Test
    void connectorsAreOrthogonal() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        for (Connector connector : layout.connectors()) {
            List<Point> points = connector.points();
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                assertTrue(Math.abs(a.x() - b.x()) < TOLERANCE || Math.abs(a.y() - b.y()) < TOLERANCE,
                        "segment " + a + " → " + b + " of " + connector.chainId() + " is not straight");
            }
        }
    }

    @Test
    void forwardLinkGoesFromTheRightEdgeToTheLeftEdge() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        Connector adToPage = connector(layout, "tp-ad", "tp-page");
        Rect ad = layout.card("tp-ad").orElseThrow().bounds();
        Rect page = layout.card("tp-page").orElseThrow().bounds();
        assertEquals(ad.maxX(), adToPage.start().x(), TOLERANCE);
        assertEquals(page.x(), adToPage.arrowTip().x(), TOLERANCE);
        assertEquals(2, adToPage.points().size(), "level cards get a straight arrow");
        assertEquals(0, adToPage.arrowAngle(), TOLERANCE, "the arrowhead points right");
    }

    @Test
    void forwardLinkBetweenRowsTurnsBeforeTheTarget() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        Connector chatToPhone = connector(layout, "tp-chat", "tp-phone");
        Rect chat = layout.card("tp-chat").orElseThrow().bounds();
        Rect phone = layout.card("tp-phone").orElseThrow().bounds();
        assertEquals(4, chatToPhone.points().size());
        double turnX = chatToPhone.points().get(1).x();
        assertTrue(turnX > chat.maxX() && turnX < phone.x(), "turns in the gap between the cards");
        assertEquals(phone.centerY(), chatToPhone.arrowTip().y(), TOLERANCE);
    }

    @Test
    void linkWithinAColumnIsVertical() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        Connector pageToChat = connector(layout, "tp-page", "tp-chat");
        Rect page = layout.card("tp-page").orElseThrow().bounds();
        Rect chat = layout.card("tp-chat").orElseThrow().bounds();
        assertEquals(2, pageToChat.points().size());
        assertEquals(page.maxY(), pageToChat.start().y(), TOLERANCE);
        assertEquals(chat.y(), pageToChat.arrowTip().y(), TOLERANCE);
        assertEquals(pageToChat.start().x(), pageToChat.arrowTip().x(), TOLERANCE);
        assertEquals(Math.PI / 2, pageToChat.arrowAngle(), TOLERANCE, "the arrowhead points down");
    }

    @Test
    void backwardLinkOnTheSameRowGoesOverTheCardsInBetween() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        Connector reminderToReception = connector(layout, "tp-reminder", "tp-reception");
        Rect reminder = layout.card("tp-reminder").orElseThrow().bounds();
        Rect reception = layout.card("tp-reception").orElseThrow().bounds();
        Rect doctor = layout.card("tp-doctor").orElseThrow().bounds();
        assertEquals(reminder.y(), reminderToReception.start().y(), TOLERANCE, "leaves from the top");
        assertEquals(reception.y(), reminderToReception.arrowTip().y(), TOLERANCE, "arrives at the top");
        double highest = reminderToReception.points().stream().mapToDouble(Point::y).min().orElseThrow();
        assertTrue(highest < doctor.y(), "passes above the card in between");
        assertTrue(highest > layout.rows().get(1).y(), "stays in its lane row");
    }

    @Test
    void backwardLinkToAnotherRowTurnsOnceAndEntersTheTargetFromTheRight() {
        JourneyMap map = grid(2, 2);
        place(map, "later", "s2", "l2", 0, 0);
        place(map, "earlier", "s1", "l1", 0, 0);
        Chain back = new Chain("back", "Back", "#cc79a7");
        back.addLink(new ChainLink("later", "earlier"));
        map.addChain(back);
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        Connector arrow = layout.connectors().get(0);
        Rect later = layout.card("later").orElseThrow().bounds();
        Rect earlier = layout.card("earlier").orElseThrow().bounds();
        assertEquals(3, arrow.points().size());
        assertEquals(later.y(), arrow.start().y(), TOLERANCE, "leaves upwards from the top edge");
        assertEquals(earlier.maxX(), arrow.arrowTip().x(), TOLERANCE, "arrives at the right edge");
        assertTrue(arrow.arrowTip().y() > earlier.centerY(),
                "arrives below the middle, on the side it comes from, away from where forward arrows leave");
        assertEquals(Math.PI, Math.abs(arrow.arrowAngle()), TOLERANCE, "the arrowhead points left");
    }

    @Test
    void nextChainArrowLeadsFromTheLastCardToTheNextChainsFirstCard() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        List<Connector> next = layout.connectors().stream().filter(Connector::nextChain).toList();
        assertEquals(1, next.size());
        Connector arrow = next.get(0);
        assertEquals("ch-first-visit", arrow.chainId());
        assertEquals("tp-mailing", arrow.fromTouchpointId());
        assertEquals("tp-reminder", arrow.toTouchpointId());
        assertEquals(Connector.NEXT_CHAIN_LINK, arrow.linkIndex());
        assertEquals("#0072b2", arrow.color());
    }

    @Test
    void connectorsCarryTheirChainColourAndLinkIndex() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        Connector phoneToReception = connector(layout, "tp-phone", "tp-reception");
        assertEquals("ch-first-visit", phoneToReception.chainId());
        assertEquals(3, phoneToReception.linkIndex());
        assertEquals("#0072b2", phoneToReception.color());
        assertEquals("#d55e00", connector(layout, "tp-reminder", "tp-reception").color());
    }

    @Test
    void linksOfDifferentChainsBetweenTheSameCardsDoNotOverlap() {
        JourneyMap map = grid(2, 1);
        place(map, "a", "s1", "l1", 0, 0);
        place(map, "b", "s2", "l1", 0, 40);
        Chain first = new Chain("c1", "First", "#0072b2");
        first.addLink(new ChainLink("a", "b"));
        Chain second = new Chain("c2", "Second", "#cc79a7");
        second.addLink(new ChainLink("a", "b"));
        Chain back = new Chain("c3", "Back", "#009e73");
        back.addLink(new ChainLink("b", "a"));
        map.addChain(first);
        map.addChain(second);
        map.addChain(back);
        List<Connector> connectors = MapLayouter.layout(map, SETTINGS).connectors();
        assertEquals(3, connectors.size());
        Connector one = connectors.get(0);
        Connector two = connectors.get(1);
        assertNotEquals(one.start(), two.start());
        assertNotEquals(one.arrowTip(), two.arrowTip());
        assertTrue(Math.abs(one.arrowTip().y() - two.arrowTip().y()) > SETTINGS.arrowWidth(),
                "the two arrowheads lie side by side, not over each other");
        for (int i = 1; i < one.points().size(); i++) {
            assertNotEquals(one.points().get(i), two.points().get(i), "point " + i + " is shared");
        }
        assertNotEquals(connectors.get(2).arrowTip(), one.start(), "the way back does not end where the way there starts");
    }

    @Test
    void arrowHeadIsATriangleWithItsTipOnTheTargetCard() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        for (Connector connector : layout.connectors()) {
            assertEquals(3, connector.arrowHead().size());
            assertEquals(connector.arrowTip(), connector.arrowHead().get(0));
            Point base1 = connector.arrowHead().get(1);
            Point base2 = connector.arrowHead().get(2);
            assertEquals(SETTINGS.arrowWidth(), base1.distanceTo(base2), TOLERANCE);
        }
    }

    @Test
    void strokedPathStopsInsideTheArrowheadSoTheLineDoesNotPokeThroughItsTip() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        for (Connector connector : layout.connectors()) {
            PathCommand last = connector.path().get(connector.path().size() - 1);
            Point end = ((PathCommand.LineTo) last).to();
            assertTrue(end.distanceTo(connector.arrowTip()) > 0);
            assertTrue(end.distanceTo(connector.arrowTip()) <= SETTINGS.arrowLength());
            assertInstanceOf(PathCommand.MoveTo.class, connector.path().get(0));
        }
    }

    @Test
    void linksToThemselvesAndChainsWithoutLinksDrawNothing() {
        JourneyMap map = grid(1, 1);
        place(map, "a", "s1", "l1", 0, 0);
        Chain loop = new Chain("loop", "Loop", "#0072b2");
        loop.addLink(new ChainLink("a", "a"));
        Chain empty = new Chain("empty", "Empty", "#0072b2");
        loop.setNextChainId("empty");
        map.addChain(loop);
        map.addChain(empty);
        assertTrue(MapLayouter.layout(map, SETTINGS).connectors().isEmpty());
    }

    @Test
    void anArrowBetweenCardsThatTouchOneAboveTheOtherGoesRoundTheSideAndStaysVisible() {
        JourneyMap map = grid(1, 1);
        place(map, "top", "s1", "l1", 0, 0);
        place(map, "below", "s1", "l1", 0, SETTINGS.cardHeight());
        Chain chain = new Chain("c", "Chain", "#000000");
        chain.addLink(new ChainLink("top", "below"));
        map.addChain(chain);

        assertVisibleOutsideBothCards(MapLayouter.layout(map, SETTINGS), "top", "below");
    }

    @Test
    void anArrowBetweenCardsThatTouchSideBySideGoesRoundAndStaysVisible() {
        JourneyMap map = grid(1, 1);
        place(map, "left", "s1", "l1", 0, 0);
        place(map, "right", "s1", "l1", SETTINGS.cardWidth(), 0);
        Chain chain = new Chain("c", "Chain", "#000000");
        chain.addLink(new ChainLink("left", "right"));
        chain.addLink(new ChainLink("right", "left"));
        map.addChain(chain);

        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        assertVisibleOutsideBothCards(layout, "left", "right");
        assertVisibleOutsideBothCards(layout, "right", "left");
    }

    /** A person sees the arrow: its line is long enough for the arrowhead and more, and runs outside both cards. */
    private static void assertVisibleOutsideBothCards(MapLayout layout, String from, String to) {
        Connector arrow = connector(layout, from, to);
        Rect a = layout.card(from).orElseThrow().bounds();
        Rect b = layout.card(to).orElseThrow().bounds();
        double length = 0;
        for (int i = 1; i < arrow.points().size(); i++) {
            Point p = arrow.points().get(i - 1);
            Point q = arrow.points().get(i);
            length += p.distanceTo(q);
            Point middle = new Point((p.x() + q.x()) / 2, (p.y() + q.y()) / 2);
            assertFalse(strictlyInside(a, middle) || strictlyInside(b, middle), "a run inside a card: " + arrow.points());
        }
        assertTrue(length >= 2 * SETTINGS.arrowLength(), "too short to see: " + arrow.points());
        Point tip = arrow.arrowTip();
        Point beforeTip = arrow.points().get(arrow.points().size() - 2);
        assertTrue(tip.distanceTo(beforeTip) >= SETTINGS.arrowLength(), "the arrowhead has a line to sit on");
    }

    private static boolean strictlyInside(Rect r, Point p) {
        return p.x() > r.x() + TOLERANCE && p.x() < r.maxX() - TOLERANCE
                && p.y() > r.y() + TOLERANCE && p.y() < r.maxY() - TOLERANCE;
    }

    private static Connector connector(MapLayout layout, String from, String to) {
        return layout.connectors().stream()
                .filter(c -> c.fromTouchpointId().equals(from) && c.toTouchpointId().equals(to))
                .findFirst().orElseThrow(() -> new AssertionError("no connector " + from + " → " + to));
    }
}
