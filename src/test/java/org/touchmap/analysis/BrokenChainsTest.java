package org.touchmap.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.ChainLink;
import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;

class BrokenChainsTest {

    @Test
    void runsOfTwoOrMoreNegativesInChainOrderBreakAChain() {
        Maps maps = Maps.withStages(2);
        maps.card("a", "s1", Rating.NEGATIVE);
        maps.card("b", "s1", Rating.POSITIVE);
        maps.card("c", "s1", Rating.NEGATIVE);
        maps.card("d", "s2", Rating.NEGATIVE);
        maps.card("e", "s2", Rating.NEUTRAL);
        maps.card("f", "s2", Rating.NEGATIVE);
        maps.card("g", "s2", Rating.NEGATIVE);
        maps.card("h", "s2", Rating.NEGATIVE);
        maps.chain("broken", "a", "b", "c", "d", "e", "f", "g", "h");
        maps.chain("whole", "a", "b", "c", "e");
        maps.chain("backwards", "d", "c");

        List<BrokenChain> broken = BrokenChains.of(maps.map());

        assertEquals(List.of("broken", "backwards"), broken.stream().map(BrokenChain::chainId).toList());
        assertEquals(List.of(List.of("c", "d"), List.of("f", "g", "h")), broken.get(0).runs());
        assertEquals(List.of(List.of("d", "c")), broken.get(1).runs());
    }

    @Test
    void aLoopBackToANegativeCardContinuesTheRun() {
        Maps maps = Maps.withStages(3);
        maps.card("chat", "s1", Rating.NEGATIVE);
        maps.card("site", "s1", Rating.POSITIVE);
        maps.card("phone", "s2", Rating.NEGATIVE);
        maps.card("queue", "s3", Rating.NEGATIVE);
        maps.chain("loop", "chat", "site", "phone", "queue", "chat");

        List<BrokenChain> broken = BrokenChains.of(maps.map());

        assertEquals(1, broken.size());
        assertEquals(List.of(List.of("phone", "queue", "chat")), broken.get(0).runs(),
                "the step back to the chat is part of the run");
    }

    @Test
    void aGapBetweenLinksEndsARunAndASingleNegativeBreaksNothing() {
        Maps maps = Maps.withStages(2);
        maps.card("a", "s1", Rating.NEGATIVE);
        maps.card("b", "s1", Rating.POSITIVE);
        maps.card("c", "s2", Rating.NEGATIVE);
        maps.card("d", "s2", Rating.POSITIVE);
        var gap = maps.chain("gap", "b", "a");
        gap.addLink(new ChainLink("c", "d"));
        maps.chain("single", "b", "c", "d");

        assertEquals(List.of(), BrokenChains.of(maps.map()));
        assertEquals(List.of(List.of("b", "a"), List.of("c", "d")), ChainPath.segments(gap));
    }
}
