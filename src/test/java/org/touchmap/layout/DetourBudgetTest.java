package org.touchmap.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.layout.MapLayouterTest.grid;
import static org.touchmap.layout.MapLayouterTest.place;

/**
 * The detours of one layout take bounded work: arrows are routed around cards until the budget is
 * spent, and the rest keep their direct route, so a map of hundreds of thousands of arrows is
 * drawn in linear time. The budget counts squares visited, cards tested and grid points set up.
 */
class DetourBudgetTest {
    private static final LayoutSettings SETTINGS = LayoutSettings.defaults();
    private static final long SMALL_BUDGET = 20_000;

    @Test
    void detoursStopOnceTheBudgetIsSpentAndLaterArrowsKeepTheirDirectRoute() {
        JourneyMap map = crowdedMap();
        MapLayout layout = MapLayouter.layout(map, SETTINGS);
        Map<String, CardBox> cards = new HashMap<>();
        layout.cards().forEach(card -> cards.put(card.touchpointId(), card));

        ConnectorRouter unlimited = router(cards, layout, Long.MAX_VALUE);
        List<Connector> around = unlimited.route(map.chains());
        List<Connector> direct = router(cards, layout, 0).route(map.chains());
        ConnectorRouter limited = router(cards, layout, SMALL_BUDGET);
        List<Connector> budgeted = limited.route(map.chains());

        assertTrue(unlimited.detourWork() > 5 * SMALL_BUDGET,
                "the map needs far more work than the budget: " + unlimited.detourWork());
        assertTrue(limited.detourWork() <= SMALL_BUDGET + cards.size() + 1024,
                "at most one more step than the budget: " + limited.detourWork());
        int detoured = 0;
        int lastNeedingDetour = -1;
        for (int i = 0; i < around.size(); i++) {
            Connector arrow = budgeted.get(i);
            assertTrue(arrow.equals(around.get(i)) || arrow.equals(direct.get(i)),
                    "each arrow is routed as without a budget, or directly: " + i);
            if (!around.get(i).equals(direct.get(i))) {
                lastNeedingDetour = i;
                if (arrow.equals(around.get(i))) {
                    detoured++;
                }
            }
        }
        assertTrue(detoured > 0, "arrows are routed around cards until the budget is spent");
        assertEquals(direct.get(lastNeedingDetour), budgeted.get(lastNeedingDetour),
                "the last arrow that needs a detour comes after the budget");
    }

    @Test
    void aHundredThousandArrowsBetweenTheSameTwoCardsAreSpreadApartInOnePass() {
        JourneyMap map = grid(2, 1);
        place(map, "a", "s1", "l1", 0, 0);
        place(map, "b", "s2", "l1", 0, 0);
        Chain chain = new Chain("many", "Many", "#0072b2");
        for (int i = 0; i < 100_000; i++) {
            chain.addLink(new ChainLink("a", "b"));
        }
        map.addChain(chain);

        List<Connector> connectors = MapLayouter.layout(map, SETTINGS).connectors();

        assertEquals(100_000, connectors.size());
        assertNotEquals(connectors.get(0).start(), connectors.get(99_999).start(), "siblings are spread apart");
    }

    private static ConnectorRouter router(Map<String, CardBox> cards, MapLayout layout, long budget) {
        return new ConnectorRouter(SETTINGS, cards, layout.columns(), layout.rows(), budget);
    }

    /** Six stages of two lanes, five cards in each cell, and 600 arrows between random cards. */
    private static JourneyMap crowdedMap() {
        JourneyMap map = grid(6, 2);
        for (int s = 1; s <= 6; s++) {
            for (int l = 1; l <= 2; l++) {
                for (int k = 0; k < 5; k++) {
                    place(map, "c" + s + "-" + l + "-" + k, "s" + s, "l" + l, 0, k * 80);
                }
            }
        }
        Random random = new Random(7);
        List<String> ids = map.touchpoints().stream().map(tp -> tp.id()).toList();
        Chain chain = new Chain("random", "Random", "#0072b2");
        for (int i = 0; i < 600; i++) {
            chain.addLink(new ChainLink(ids.get(random.nextInt(ids.size())), ids.get(random.nextInt(ids.size()))));
        }
        map.addChain(chain);
        return map;
    }
}
