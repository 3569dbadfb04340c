package org.touchmap.analysis;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

class StageSummariesTest {

    @Test
    void countsEachRatingPerStageInMapOrder() {
        List<StageSummary> summaries = StageSummaries.of(MedicalClinicMap.build());

        assertEquals(List.of("awareness", "search", "compare", "decide", "after"),
                summaries.stream().map(StageSummary::stageId).toList());
        StageSummary compare = summaries.get(2);
        assertEquals("Comparison of options", compare.name());
        assertEquals("Sale", compare.phase());
        assertEquals(List.of(1, 0, 1, 1), List.of(compare.positive(), compare.neutral(), compare.negative(),
                compare.unrated()));
        assertEquals(3, compare.total());
        assertEquals(2, summaries.get(3).count(Rating.NEUTRAL));
    }

    @Test
    void conversionIsTheNextStagesVisitorsOverThisStages() {
        List<StageSummary> summaries = StageSummaries.of(MedicalClinicMap.build());

        assertEquals(12000L, summaries.get(0).visitors());
        assertEquals(0.15, summaries.get(0).conversionToNext().orElseThrow(), 1e-12);
        assertEquals(180.0 / 210, summaries.get(3).conversionToNext().orElseThrow(), 1e-12);
        assertEquals(OptionalDouble.empty(), summaries.get(4).conversionToNext(), "the last stage has no next one");
    }

    @Test
    void noConversionWhenAVisitorCountIsUnknownOrNobodyReachesTheStage() {
        JourneyMap map = new JourneyMap("Funnel");
        long[] visitors = {0, 50, -1, 20, 10};
        for (int i = 0; i < visitors.length; i++) {
            Stage stage = new Stage("s" + i, "Stage " + i);
            stage.setVisitors(visitors[i] < 0 ? null : visitors[i]);
            map.addStage(stage);
        }

        List<StageSummary> summaries = StageSummaries.of(map);

        assertTrue(summaries.get(0).conversionToNext().isEmpty(), "0 visitors: no share to compute");
        assertTrue(summaries.get(1).conversionToNext().isEmpty(), "next stage's visitors unknown");
        assertTrue(summaries.get(2).conversionToNext().isEmpty(), "this stage's visitors unknown");
        assertNull(summaries.get(2).visitors());
        assertEquals(0.5, summaries.get(3).conversionToNext().orElseThrow(), 1e-12);
    }

    @Test
    void aStageWithoutCardsCountsZeroAndCardsOfOtherStagesDoNotLeakIn() {
        JourneyMap map = new JourneyMap("Empty stage");
        map.addStage(new Stage("a", "A"));
        map.addStage(new Stage("b", "B"));
        map.addLane(new Lane("l", "Lane"));
        Touchpoint card = new Touchpoint("t", "Card", "b", "l");
        card.setRating(Rating.NEGATIVE);
        map.addTouchpoint(card);

        List<StageSummary> summaries = StageSummaries.of(map);

        assertEquals(0, summaries.get(0).total());
        assertEquals(1, summaries.get(1).negative());
        assertEquals(1, summaries.get(1).total());
    }
}
