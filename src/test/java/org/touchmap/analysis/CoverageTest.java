package org.touchmap.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;

class CoverageTest {

    @Test
    void findsEmptyStagesUnfinishedChainsAndLooseTouchpoints() {
        Maps maps = Maps.withStages(4);
        maps.card("a", "s1", Rating.POSITIVE);
        maps.card("b", "s2", Rating.POSITIVE);
        maps.card("z", "s4", Rating.POSITIVE);
        maps.card("loose", "s2", Rating.NEGATIVE);
        maps.chain("to-end", "a", "z");
        maps.chain("stops", "a", "b");
        maps.chain("continued", "b", "a").setNextChainId("to-end");
        maps.chain("empty");

        Coverage coverage = Coverage.of(maps.map());

        assertEquals(List.of("s3"), coverage.emptyStageIds());
        assertEquals(List.of("stops"), coverage.unfinishedChainIds());
        assertEquals(List.of("loose"), coverage.unchainedTouchpointIds());
    }

    @Test
    void aChainThatLoopsBackToAnEarlierStageDoesNotStopEarly() {
        Maps maps = Maps.withStages(4);
        maps.card("ad", "s1", Rating.POSITIVE);
        maps.card("booking", "s2", Rating.POSITIVE);
        maps.card("visit", "s3", Rating.POSITIVE);
        maps.card("reminder", "s4", Rating.POSITIVE);
        maps.chain("check-up", "reminder", "booking");
        maps.chain("second-visit", "ad", "booking", "visit", "booking");
        maps.chain("back-and-forth", "booking", "ad", "booking");
        maps.chain("stops", "ad", "booking", "visit");

        Coverage coverage = Coverage.of(maps.map());

        assertEquals(List.of("back-and-forth", "stops"), coverage.unfinishedChainIds(),
                "a loop that ends where it went furthest still stops early");
    }

    @Test
    void aChainThatReachesTheLastStageAnywhereAlongItsLinksIsFinished() {
        Maps maps = Maps.withStages(3);
        maps.card("a", "s1", Rating.POSITIVE);
        maps.card("b", "s2", Rating.POSITIVE);
        maps.card("z", "s3", Rating.POSITIVE);
        maps.chain("through-the-end", "a", "z", "b");
        maps.chain("revisits-a-card", "a", "b", "a", "b");

        Coverage coverage = Coverage.of(maps.map());

        assertEquals(List.of("revisits-a-card"), coverage.unfinishedChainIds());
    }

    @Test
    void theLastLinkDecidesWhereAChainEndsNotTheFirstAppearanceOfItsCards() {
        Maps maps = Maps.withStages(3);
        maps.card("a", "s1", Rating.POSITIVE);
        maps.card("b", "s2", Rating.POSITIVE);
        // In first-appearance order this chain is a, b and would seem to stop at b (the furthest stage).
        maps.chain("loop", "b", "a");

        assertEquals(List.of(), Coverage.of(maps.map()).unfinishedChainIds());
    }
}
