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
}
