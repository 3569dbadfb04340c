package org.touchmap.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.model.CompetitorComparison;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.model.CompetitorComparison.*;

class CompetitorSummaryTest {

    @Test
    void countsEachComparisonPerStageAndLeavesOutTouchpointsWithout() {
        Maps maps = Maps.withStages(2);
        maps.card("a", "s1", BETTER);
        maps.card("b", "s1", BETTER);
        maps.card("c", "s1", SAME);
        maps.card("d", "s1", WORSE);
        maps.card("e", "s1", COMPETITOR_LACKS_IT);
        maps.card("f", "s1", WE_LACK_IT);
        maps.card("g", "s1", (CompetitorComparison) null);
        maps.card("h", "s2", WE_LACK_IT);

        List<StageCompetition> stages = CompetitorSummary.of(maps.map());

        assertEquals(List.of("s1", "s2"), stages.stream().map(StageCompetition::stageId).toList());
        StageCompetition first = stages.get(0);
        assertEquals(List.of(2, 1, 1, 1, 1), List.of(first.better(), first.same(), first.worse(),
                first.competitorLacksIt(), first.weLackIt()));
        assertEquals(2, first.count(BETTER));
        assertEquals(1, first.count(WE_LACK_IT));
        assertEquals(6, first.compared(), "the card without a comparison is not counted");
        assertEquals(new StageCompetition("s2", 0, 0, 0, 0, 1), stages.get(1));
    }

    @Test
    void aStageIsBehindWhenWorseAndMissingOutnumberBetterAndUnique() {
        assertEquals(CompetitorVerdict.BEHIND, new StageCompetition("s", 1, 5, 1, 0, 1).verdict());
        assertEquals(CompetitorVerdict.AHEAD, new StageCompetition("s", 1, 0, 1, 1, 0).verdict());
        assertEquals(CompetitorVerdict.EVEN, new StageCompetition("s", 1, 0, 0, 0, 1).verdict());
        assertEquals(CompetitorVerdict.EVEN, new StageCompetition("s", 0, 3, 0, 0, 0).verdict(),
                "only the same as competitors");
        assertEquals(CompetitorVerdict.NOT_COMPARED, new StageCompetition("s", 0, 0, 0, 0, 0).verdict());
    }

    @Test
    void aStageWithoutTouchpointsIsNotCompared() {
        Maps maps = Maps.withStages(1);

        StageCompetition stage = CompetitorSummary.of(maps.map()).get(0);

        assertEquals(0, stage.compared());
        assertEquals(CompetitorVerdict.NOT_COMPARED, stage.verdict());
    }
}
