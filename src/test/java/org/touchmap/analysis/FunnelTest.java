package org.touchmap.analysis;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class FunnelTest {

    @Test
    void conversionsOfAThousandFourHundredHundredSixtyAreExact() {
        Funnel funnel = Funnel.of(Maps.withStages(4).visitors(1000L, 400L, 100L, 60L).map());

        assertEquals(List.of(0.40, 0.25, 0.60),
                funnel.steps().stream().map(s -> s.conversion().orElseThrow()).toList());
        assertEquals(0.60, funnel.steps().get(0).dropOff().orElseThrow(), 1e-12);
        assertEquals(0.75, funnel.steps().get(1).dropOff().orElseThrow(), 1e-12);
        assertEquals(0.40, funnel.steps().get(2).dropOff().orElseThrow(), 1e-12);
        assertEquals(List.of("s1", "s2", "s3"), funnel.steps().stream().map(FunnelStep::fromStageId).toList());
        assertEquals(List.of(), funnel.warnings());
    }

    @Test
    void aStageWithMoreVisitorsThanTheOneBeforeIsFlaggedNotRefused() {
        Funnel funnel = Funnel.of(Maps.withStages(3).visitors(100L, 150L, 50L).map());

        FunnelStep growing = funnel.steps().get(0);
        assertTrue(growing.moreThanBefore());
        assertEquals(1.5, growing.conversion().orElseThrow(), 1e-12);
        assertEquals(-0.5, growing.dropOff().orElseThrow(), 1e-12);
        assertEquals(List.of(growing), funnel.warnings());
    }

    @Test
    void stagesWithoutCountsAreNotBridged() {
        Funnel funnel = Funnel.of(Maps.withStages(4).visitors(1000L, null, 100L, 50L).map());

        assertEquals(1, funnel.steps().size());
        assertEquals("s3", funnel.steps().get(0).fromStageId());
    }

    @Test
    void noVisitorsAtTheEarlierStageGivesNoConversionButAWarning() {
        Funnel funnel = Funnel.of(Maps.withStages(2).visitors(0L, 5L).map());

        assertEquals(OptionalDouble.empty(), funnel.steps().get(0).conversion());
        assertEquals(OptionalDouble.empty(), funnel.steps().get(0).dropOff());
        assertEquals(1, funnel.warnings().size());
    }

    @Test
    void theBiggestLeakIsTheStepThatLosesTheLargestShareOfCustomers() {
        Funnel funnel = Funnel.of(Maps.withStages(4).visitors(1000L, 800L, 300L, 200L).map());

        FunnelStep leak = funnel.biggestLeak().orElseThrow();

        assertEquals("s2", leak.fromStageId());
        assertEquals(0.625, leak.dropOff().orElseThrow(), 1e-12);
    }

    @Test
    void aFunnelThatLosesNobodyHasNoBiggestLeak() {
        assertTrue(Funnel.of(Maps.withStages(3).visitors(100L, 100L, 150L).map()).biggestLeak().isEmpty());
        assertTrue(Funnel.of(Maps.withStages(2).map()).biggestLeak().isEmpty(), "no visitor counts");
    }
}
