package org.touchmap.analysis;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;

class StageAnalysesTest {

    @Test
    void shareNegativeCountsOnlyRatedTouchpoints() {
        Maps maps = Maps.withStages(1);
        maps.card("a", "s1", Rating.NEGATIVE);
        maps.card("b", "s1", Rating.POSITIVE);
        maps.card("c", "s1", Rating.NEUTRAL);
        maps.card("d", "s1", Rating.NEGATIVE);
        maps.card("e", "s1", Rating.UNRATED);

        StageAnalysis stage = StageAnalyses.of(maps.map()).get(0);

        assertEquals(0.5, stage.shareNegative().orElseThrow(), 1e-12);
        assertEquals(5, stage.summary().total());
        assertEquals(StageHealth.POOR, stage.health());
    }

    @Test
    void criteriaAverageIsTheMeanOfTouchpointAveragesSkippingUnscored() {
        Maps maps = Maps.withStages(1);
        maps.card("a", "s1", Rating.POSITIVE, false, Map.of("x", 4, "y", 2)); // 3.0
        maps.card("b", "s1", Rating.POSITIVE, false, Map.of("x", 5));         // 5.0
        maps.card("c", "s1", Rating.POSITIVE);                                // no scores

        StageAnalysis stage = StageAnalyses.of(maps.map()).get(0);

        assertEquals(4.0, stage.criteriaAverage().orElseThrow(), 1e-12);
        assertEquals(0.0, stage.shareNegative().orElseThrow());
        assertEquals(StageHealth.GOOD, stage.health());
    }

    @Test
    void stageWithoutRatingsOrScoresIsUnknown() {
        Maps maps = Maps.withStages(2);
        maps.card("a", "s1", Rating.UNRATED);

        List<StageAnalysis> stages = StageAnalyses.of(maps.map());

        assertEquals(OptionalDouble.empty(), stages.get(0).shareNegative());
        assertEquals(OptionalDouble.empty(), stages.get(0).criteriaAverage());
        assertEquals(StageHealth.UNKNOWN, stages.get(0).health());
        assertEquals(StageHealth.UNKNOWN, stages.get(1).health(), "an empty stage");
    }

    @Test
    void healthFollowsTheDocumentedThresholds() {
        OptionalDouble none = OptionalDouble.empty();
        assertEquals(StageHealth.GOOD, StageHealth.of(OptionalDouble.of(0.2), OptionalDouble.of(3.5)));
        assertEquals(StageHealth.WATCH, StageHealth.of(OptionalDouble.of(0.25), none));
        assertEquals(StageHealth.WATCH, StageHealth.of(none, OptionalDouble.of(3.4)));
        assertEquals(StageHealth.POOR, StageHealth.of(OptionalDouble.of(0.5), OptionalDouble.of(5)));
        assertEquals(StageHealth.POOR, StageHealth.of(OptionalDouble.of(0), OptionalDouble.of(2.4)));
        assertEquals(StageHealth.UNKNOWN, StageHealth.of(none, none));
    }

    /** The bakery of the trial: 1000 → 800 → 300 → 200, the worst drop after an all-positive stage. */
    @Test
    void theStageWithTheWorstDropIsNotGoodEvenWhenAllItsCardsArePositive() {
        Maps maps = Maps.withStages(4).visitors(1000L, 800L, 300L, 200L);
        maps.card("ad", "s1", Rating.POSITIVE);
        maps.card("menu", "s2", Rating.POSITIVE);
        maps.card("prices", "s2", Rating.POSITIVE);
        maps.card("queue", "s3", Rating.NEGATIVE);
        maps.card("cake", "s3", Rating.POSITIVE);
        maps.card("stamp", "s4", Rating.POSITIVE);

        List<StageAnalysis> stages = StageAnalyses.of(maps.map());

        assertEquals(0.625, stages.get(1).dropOffToNext().orElseThrow(), 1e-12);
        assertTrue(stages.get(1).biggestLeak());
        assertEquals(StageHealth.POOR, stages.get(1).health(), "loses 62.5 %, the most of the map");
        assertEquals(StageHealth.POOR, stages.get(2).health(), "half of its rated cards are negative");
        assertEquals(StageHealth.GOOD, stages.get(0).health(), "loses 20 %, all positive");
        assertFalse(stages.get(0).biggestLeak());
    }

    @Test
    void aModestBiggestLeakIsWatchedAndAnUnratedStageIsMarkedByItsDrop() {
        Maps maps = Maps.withStages(3).visitors(1000L, 900L, 300L);
        maps.card("a", "s1", Rating.POSITIVE);
        maps.card("b", "s2", Rating.UNRATED);

        List<StageAnalysis> stages = StageAnalyses.of(maps.map());

        assertEquals(StageHealth.GOOD, stages.get(0).health(), "loses 10 %");
        assertEquals(StageHealth.POOR, stages.get(1).health(), "its cards say nothing, but it loses two thirds");
        assertEquals(StageHealth.UNKNOWN, stages.get(2).health(), "the last stage has no drop-off");
        assertEquals(StageHealth.WATCH, StageHealth.of(OptionalDouble.of(0), OptionalDouble.empty(),
                OptionalDouble.of(0.2), true), "the biggest leak, though small, is never good");
        assertEquals(StageHealth.WATCH, StageHealth.of(OptionalDouble.of(0), OptionalDouble.empty(),
                OptionalDouble.of(0.5), false), "losing half is worth a look");
        assertEquals(StageHealth.POOR, StageHealth.of(OptionalDouble.of(0.5), OptionalDouble.empty(),
                OptionalDouble.of(0.1), false), "a good funnel does not hide poor cards");
    }
}
