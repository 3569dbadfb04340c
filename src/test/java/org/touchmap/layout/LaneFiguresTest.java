package org.touchmap.layout;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Metric;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The metrics lane writes each stage's numbers, the emotion lane draws the stages' average emotion. */
class LaneFiguresTest {

    private static JourneyMap map() {
        JourneyMap map = new JourneyMap("Repair");
        Stage call = new Stage("call", "Call");
        call.setVisitors(200L);
        map.addStage(call);
        Stage visit = new Stage("visit", "Visit");
        visit.setVisitors(50L);
        map.addStage(visit);
        map.addStage(new Stage("after", "After"));
        map.addLane(new Lane("cards", "Cards"));
        for (LaneKind kind : List.of(LaneKind.EMOTION, LaneKind.METRICS)) {
            Lane lane = new Lane(kind.fileName(), kind.name());
            lane.setKind(kind);
            map.addLane(lane);
        }
        Touchpoint happy = new Touchpoint("a", "Friendly call", "call", "cards");
        happy.setRating(Rating.POSITIVE);
        happy.setMetrics(Map.of(Metric.NPS, 40.0));
        map.addTouchpoint(happy);
        Touchpoint late = new Touchpoint("b", "Late technician", "visit", "cards");
        late.setRating(Rating.NEGATIVE);
        late.setEmotion(-2);
        map.addTouchpoint(late);
        return map;
    }

    @Test
    void eachStageOfAMetricsLaneListsItsCardsVisitorsConversionAndAverages() {
        MapLayout layout = MapLayouter.layout(map(), LayoutSettings.defaults());

        FigureCell call = layout.figureCells().get(0);
        org.touchmap.analysis.StageFigures figures = org.touchmap.analysis.StageFigures.of(map()).get("call");
        assertEquals(List.of("Touchpoints: 1 (0 negative)", "Visitors: 200", "To the next stage: 25%", "NPS, average: 40"),
                figures.lines(Locale.ENGLISH));
        assertEquals(3, layout.figureCells().size(), "a cell for every stage");
        LaneRow metrics = layout.rows().get(2);
        assertTrue(call.box().maxY() <= metrics.body().maxY(), "the row is tall enough for the longest list");
        assertTrue(call.box().height() >= 2 * NoteBox.PADDING
                + org.touchmap.analysis.StageFigures.MAX_LINES * NoteBox.LINE_HEIGHT, "room for every figure");
        assertEquals("Точек контакта: 1 (негативных: 0)", figures.lines(Locale.forLanguageTag("ru")).get(0));
    }

    @Test
    void theEmotionLaneHasAPointPerStageWithCardsAboveItsMiddleWhenHappyBelowWhenNot() {
        MapLayout layout = MapLayouter.layout(map(), LayoutSettings.defaults());

        EmotionLane lane = layout.emotionLanes().get(0);
        assertEquals(List.of("call", "visit"), lane.points().stream().map(EmotionLane.Point::stageId).toList(),
                "the stage without cards has no point");
        double middle = lane.band().centerY();
        assertTrue(lane.points().get(0).at().y() < middle, "a positive card's default emotion lifts the point");
        assertEquals(lane.band().maxY(), lane.points().get(1).at().y(), 1e-9, "-2 is the band's bottom");
        assertEquals(List.of(Rating.POSITIVE, Rating.NEGATIVE),
                lane.points().stream().map(EmotionLane.Point::tone).toList());
    }

    @Test
    void anEmotionLaneThatFollowsAChainHasAPointUnderEachOfItsCardsInChainOrder() {
        JourneyMap map = map();
        org.touchmap.model.Chain chain = new org.touchmap.model.Chain("ch", "Visit", "#0072b2");
        chain.addLink(new org.touchmap.model.ChainLink("b", "a"));
        map.addChain(chain);
        map.lane("emotion").setChainId("ch");
        MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());

        EmotionLane lane = layout.emotionLanes().get(0);
        assertEquals(List.of("visit", "call"), lane.points().stream().map(EmotionLane.Point::stageId).toList(),
                "the chain's order, not the stages'");
        assertEquals(layout.card("b").orElseThrow().bounds().centerX(), lane.points().get(0).at().x(), 1e-9);
        assertEquals(-2.0, lane.points().get(0).emotion(), 1e-9);
    }

    @Test
    void aMapWithoutThoseLanesHasNeitherFiguresNorCurves() {
        JourneyMap map = map();
        map.removeLane("emotion");
        map.removeLane("metrics");
        MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());

        assertEquals(List.of(), layout.figureCells());
        assertEquals(List.of(), layout.emotionLanes());
    }
}
