package org.touchmap.layout;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.layout.MapLayouterTest.grid;
import static org.touchmap.layout.MapLayouterTest.place;

class FollowingConnectorsTest {
    private static final LayoutSettings SETTINGS = LayoutSettings.defaults();

    @Test
    void onlyTheArrowsOfTheMovingCardsFollow() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        FollowingConnectors following = FollowingConnectors.of(layout, List.of("tp-phone"));

        List<Integer> attached = IntStream.range(0, layout.connectors().size())
                .filter(i -> touches(layout.connectors().get(i), "tp-phone")).boxed().toList();
        assertFalse(attached.isEmpty(), "the phone call is part of a chain");
        assertEquals(attached, following.indices());
    }

    @Test
    void cardsShownWhereTheyAreGiveTheArrowsAsLaidOut() {
        MapLayout layout = MapLayouter.layout(MedicalClinicMap.build(), SETTINGS);
        for (CardBox card : layout.cards()) {
            FollowingConnectors following = FollowingConnectors.of(layout, List.of(card.touchpointId()));
            assertEquals(laidOut(layout, following), following.routedWith(Map.of(card.touchpointId(), card.bounds())),
                    "arrows of " + card.touchpointId());
        }
    }

    @Test
    void arrowsFollowingACardDuringADragAreTheArrowsAfterTheDrop() {
        JourneyMap map = crowdedMap();
        MapLayout before = MapLayouter.layout(map, SETTINGS);
        int compared = 0;
        for (Touchpoint card : map.touchpoints()) {
            // Moves that leave every column and row as it is, so only the card's own arrows can change.
            if (card.x() >= 180) {
                continue;
            }
            String id = card.id();
            double dy = card.y() >= 90 ? 0 : 8;
            Rect from = before.card(id).orElseThrow().bounds();
            FollowingConnectors following = FollowingConnectors.of(before, List.of(id));
            List<Connector> duringDrag = following.routedWith(
                    Map.of(id, new Rect(from.x() + 16, from.y() + dy, from.width(), from.height())));

            card.setX(card.x() + 16);
            card.setY(card.y() + dy);
            MapLayout after = MapLayouter.layout(map, SETTINGS);
            assertEquals(before.columns(), after.columns());
            assertEquals(before.rows(), after.rows());
            assertEquals(laidOut(after, following), duringDrag, "arrows of " + id);
            card.setX(card.x() - 16);
            card.setY(card.y() - dy);
            compared += following.indices().size();
        }
        assertTrue(compared > 10, "enough arrows were compared: " + compared);
    }

    @Test
    void arrowsBetweenTwoCardsMovedTogetherMoveAlongUnchanged() {
        MapLayout layout = MapLayouter.layout(crowdedMap(), SETTINGS);
        FollowingConnectors following = FollowingConnectors.of(layout, List.of("c0", "c11"));
        Rect c0 = layout.card("c0").orElseThrow().bounds();
        Rect c11 = layout.card("c11").orElseThrow().bounds();
        List<Connector> moved = following.routedWith(Map.of(
                "c0", new Rect(c0.x() + 5, c0.y() + 3, c0.width(), c0.height()),
                "c11", new Rect(c11.x() + 5, c11.y() + 3, c11.width(), c11.height())));

        for (int k = 0; k < moved.size(); k++) {
            Connector original = layout.connectors().get(following.indices().get(k));
            if (touches(original, "c0") && touches(original, "c11") && original.points().size() == 2) {
                assertEquals(original.start().x() + 5, moved.get(k).start().x(), 1e-9);
                assertEquals(original.start().y() + 3, moved.get(k).start().y(), 1e-9);
            }
        }
    }

    @Test
    void whenManyArrowsFollowTheyKeepTheirSimpleRoutesUntilTheDrop() {
        JourneyMap few = farLinks(1);
        MapLayout fewLayout = MapLayouter.layout(few, SETTINGS);
        Connector far = fewLayout.connectors().get(fewLayout.connectors().size() - 1);
        assertTrue(far.points().size() > 4, "the link across the map goes around the cards: " + far.points());
        assertEquals(List.of(far), laidOutAgain(few), "one following arrow still goes around");

        JourneyMap many = farLinks(FollowingConnectors.MOST_DETOURING + 1);
        List<Connector> routed = laidOutAgain(many);
        assertEquals(FollowingConnectors.MOST_DETOURING + 1, routed.size());
        assertTrue(routed.stream().allMatch(connector -> connector.points().size() <= 4),
                "too many to go around during a drag: " + routed.get(0).points());
    }

    /** The arrows of card c1 routed for the card where it is, as at the first step of a drag. */
    private static List<Connector> laidOutAgain(JourneyMap map) {
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        FollowingConnectors following = FollowingConnectors.of(layout, List.of("c1"));
        return following.routedWith(Map.of("c1", layout.card("c1").orElseThrow().bounds()));
    }

    /** Cards in a grid and {@code count} chains from the first stage to the last, across the cards between. */
    private static JourneyMap farLinks(int count) {
        JourneyMap map = grid(4, 2);
        int n = 0;
        for (int s = 1; s <= 4; s++) {
            for (String lane : new String[] {"l1", "l2"}) {
                place(map, "c" + n++, "s" + s, lane, 0, 0);
                place(map, "c" + n++, "s" + s, lane, 180, 0);
                place(map, "c" + n++, "s" + s, lane, 90, 90);
            }
        }
        for (int i = 0; i < count; i++) {
            map.addChain(chain("far" + i, "#0072b2", new int[][] {{1, 18}}));
        }
        return map;
    }

    /** Several cards per cell and two chains over the same cards, so arrows detour and run in parallel. */
    private static JourneyMap crowdedMap() {
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
        int[][] links = {{0, 11}, {11, 2}, {2, 23}, {23, 4}, {4, 14}, {14, 1}, {1, 22}, {22, 9}, {9, 3}, {3, 20}};
        map.addChain(chain("zigzag", "#0072b2", links));
        map.addChain(chain("again", "#d55e00", new int[][] {{0, 11}, {11, 2}, {6, 3}, {3, 7}}));
        return map;
    }

    private static Chain chain(String id, String color, int[][] links) {
        Chain chain = new Chain(id, id, color);
        for (int[] link : links) {
            chain.addLink(new ChainLink("c" + link[0], "c" + link[1]));
        }
        return chain;
    }

    private static List<Connector> laidOut(MapLayout layout, FollowingConnectors following) {
        return following.indices().stream().map(layout.connectors()::get).toList();
    }

    private static boolean touches(Connector connector, String id) {
        return connector.fromTouchpointId().equals(id) || connector.toTouchpointId().equals(id);
    }
}
