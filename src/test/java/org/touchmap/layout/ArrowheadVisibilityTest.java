package org.touchmap.layout;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.touchmap.io.json.MapJson;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.layout.MapLayouterTest.grid;
import static org.touchmap.layout.MapLayouterTest.place;

/**
 * Every arrowhead of a map can be seen: no two arrowheads overlap, none lies under a card, and
 * none is drawn over by another arrow's line. The canvas and every export draw the same
 * connectors, so this holds for all of them.
 */
class ArrowheadVisibilityTest {
    private static final LayoutSettings SETTINGS = LayoutSettings.defaults();
    /** Overlaps thinner than this are antialiasing, not hiding. */
    private static final double SLACK = 0.5;

    static Stream<String> bundledSamples() {
        return Stream.of("medical-clinic.cjm", "medical-clinic.ru.cjm", "medical-clinic.sr.cjm",
                "online-store.cjm", "online-store.ru.cjm", "online-store.sr.cjm",
                "repair-service.cjm", "repair-service.ru.cjm", "repair-service.sr.cjm");
    }

    @ParameterizedTest
    @MethodSource("bundledSamples")
    void everyArrowheadOfABundledSampleCanBeSeen(String sample) throws Exception {
        assertEveryArrowheadVisible(MapJson.read(bundled(sample), sample), sample);
    }

    @Test
    void twoLinksJoiningOneCardFromTheLeftArriveAtTwoPlaces() {
        JourneyMap map = grid(2, 1);
        place(map, "a", "s1", "l1", 0, 0);
        place(map, "b", "s1", "l1", 0, 100);
        place(map, "c", "s2", "l1", 0, 40);
        chain(map, "one", "a", "c");
        chain(map, "two", "b", "c");
        assertEveryArrowheadVisible(map, "join");
    }

    @Test
    void twoLinksOfOneChainJoiningOneCardArriveAtTwoPlaces() {
        JourneyMap map = grid(3, 2);
        place(map, "a", "s1", "l1", 0, 0);
        place(map, "b", "s2", "l2", 0, 0);
        place(map, "c", "s3", "l1", 0, 0);
        Chain chain = new Chain("main", "Main", "#0072b2");
        chain.addLink(new ChainLink("a", "c"));
        chain.addLink(new ChainLink("b", "c"));
        map.addChain(chain);
        assertEveryArrowheadVisible(map, "join in one chain");
    }

    @Test
    void headOnPairSideBySideShowsBothHeads() {
        JourneyMap map = grid(2, 1);
        place(map, "a", "s1", "l1", 0, 0);
        place(map, "b", "s2", "l1", 0, 0);
        chain(map, "there", "a", "b");
        chain(map, "back", "b", "a");
        assertEveryArrowheadVisible(map, "head-on side by side");
    }

    @Test
    void headOnPairOneAboveTheOtherShowsBothHeads() {
        JourneyMap map = grid(1, 1);
        place(map, "a", "s1", "l1", 0, 0);
        place(map, "b", "s1", "l1", 0, 120);
        Chain chain = new Chain("loop", "Loop", "#d55e00");
        chain.addLink(new ChainLink("a", "b"));
        chain.addLink(new ChainLink("b", "a"));
        map.addChain(chain);
        assertEveryArrowheadVisible(map, "head-on one above the other");
    }

    @Test
    void headOnPairInDifferentRowsAndStagesShowsBothHeads() {
        JourneyMap map = grid(2, 2);
        place(map, "a", "s1", "l1", 0, 0);
        place(map, "b", "s2", "l2", 0, 0);
        chain(map, "there", "a", "b");
        chain(map, "back", "b", "a");
        assertEveryArrowheadVisible(map, "head-on across");
    }

    @Test
    void manyLinksJoiningOneCardFromEverySideShowEveryHead() {
        JourneyMap map = grid(3, 3);
        place(map, "hub", "s2", "l2", 0, 0);
        String[][] around = {{"s1", "l1"}, {"s1", "l2"}, {"s1", "l3"}, {"s2", "l1"}, {"s2", "l3"},
                {"s3", "l1"}, {"s3", "l2"}, {"s3", "l3"}};
        for (int i = 0; i < around.length; i++) {
            place(map, "n" + i, around[i][0], around[i][1], 0, 0);
            chain(map, "c" + i, "n" + i, "hub");
        }
        assertEveryArrowheadVisible(map, "hub");
    }

    private static void chain(JourneyMap map, String id, String from, String to) {
        Chain chain = new Chain(id, id, "#0072b2");
        chain.addLink(new ChainLink(from, to));
        map.addChain(chain);
    }

    static void assertEveryArrowheadVisible(JourneyMap map, String what) {
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        List<String> hidden = new ArrayList<>();
        List<Connector> connectors = layout.connectors();
        for (int i = 0; i < connectors.size(); i++) {
            Connector connector = connectors.get(i);
            List<Point> head = connector.arrowHead();
            for (int j = i + 1; j < connectors.size(); j++) {
                if (ConvexOverlap.overlap(head, connectors.get(j).arrowHead(), SLACK)) {
                    hidden.add(name(connector) + " and " + name(connectors.get(j)) + " have overlapping heads");
                }
            }
            for (CardBox card : layout.cards()) {
                if (ConvexOverlap.overlap(head, corners(card.bounds()), SLACK)) {
                    hidden.add(name(connector) + " has its head under card " + card.touchpointId());
                }
            }
            for (Connector other : connectors) {
                if (other != connector && ConvexOverlap.crossesPolyline(head, other.points(), SLACK)) {
                    hidden.add(name(connector) + " has its head under the line of " + name(other));
                }
            }
        }
        assertTrue(hidden.isEmpty(), what + ": " + String.join("; ", hidden));
    }

    private static String name(Connector connector) {
        return connector.chainId() + "#" + connector.linkIndex() + " " + connector.fromTouchpointId() + "→"
                + connector.toTouchpointId();
    }

    private static List<Point> corners(Rect rect) {
        return List.of(new Point(rect.x(), rect.y()), new Point(rect.maxX(), rect.y()),
                new Point(rect.maxX(), rect.maxY()), new Point(rect.x(), rect.maxY()));
    }

    private static byte[] bundled(String name) throws IOException {
        try (InputStream in = ArrowheadVisibilityTest.class.getResourceAsStream("/samples/" + name)) {
            assertNotNull(in, "bundled sample " + name);
            return in.readAllBytes();
        }
    }
}
