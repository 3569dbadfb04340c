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
}
