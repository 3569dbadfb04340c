package org.touchmap.layout;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/** The blueprint's lines fall between the bands of lanes, and a step's link joins it to its card. */
class BlueprintLineTest {

    private static JourneyMap map(LaneKind... kinds) {
        JourneyMap map = new JourneyMap("Clinic");
        map.addStage(new Stage("visit", "Visit"));
        for (int i = 0; i < kinds.length; i++) {
            Lane lane = new Lane("l" + i, "Lane " + i);
            lane.setKind(kinds[i]);
            map.addLane(lane);
        }
        return map;
    }

    private static List<List<BlueprintLine.Kind>> crossed(JourneyMap map) {
        return MapLayouter.layout(map, LayoutSettings.defaults()).blueprintLines().stream().map(BlueprintLine::crossed).toList();
    }

    @Test
    void aMapWithoutBlueprintLanesHasNoLines() {
        assertEquals(List.of(), crossed(map(LaneKind.THOUGHTS, LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS)));
    }

    @Test
    void theFullBlueprintHasItsThreeLinesTopDownEachAtTheTopOfTheLaneBelowIt() {
        JourneyMap map = map(LaneKind.PHYSICAL_EVIDENCE, LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.FRONTSTAGE,
                LaneKind.BACKSTAGE, LaneKind.SUPPORT);
        MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());

        assertEquals(List.of(List.of(BlueprintLine.Kind.INTERACTION), List.of(BlueprintLine.Kind.VISIBILITY),
                List.of(BlueprintLine.Kind.INTERNAL_INTERACTION)), crossed(map));
        List<Double> ys = layout.blueprintLines().stream().map(line -> line.line().from().y()).toList();
        assertEquals(List.of(layout.rows().get(3).y(), layout.rows().get(4).y(), layout.rows().get(5).y()), ys);
        BlueprintLine first = layout.blueprintLines().get(0);
        assertEquals(layout.rows().get(0).header().x(), first.line().from().x(), "from the lane headers");
        assertEquals(layout.grid().maxX(), first.line().to().x(), "to the grid's right edge");
    }

    @Test
    void lanesThatCommentOnTheJourneyDrawNoLineWhereverTheySit() {
        JourneyMap map = map(LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS, LaneKind.FRONTSTAGE, LaneKind.SUPPORT,
                LaneKind.EMOTION, LaneKind.METRICS);
        MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());

        assertEquals(List.of(List.of(BlueprintLine.Kind.INTERACTION),
                List.of(BlueprintLine.Kind.VISIBILITY, BlueprintLine.Kind.INTERNAL_INTERACTION)), crossed(map),
                "no line below the support processes for the emotion and metrics lanes");
        assertEquals(layout.rows().get(2).y(), layout.blueprintLines().get(0).line().from().y(), 1e-9,
                "the pain points stay above the line, on the customer's side");
    }

    @Test
    void aLineThatSkipsABandNamesEveryLineItStandsFor() {
        JourneyMap map = map(LaneKind.TOUCHPOINTS, LaneKind.BACKSTAGE);
        BlueprintLine line = MapLayouter.layout(map, LayoutSettings.defaults()).blueprintLines().get(0);

        assertEquals(List.of(BlueprintLine.Kind.INTERACTION, BlueprintLine.Kind.VISIBILITY), line.crossed());
        assertEquals("Line of interaction · Line of visibility", line.label(Locale.ENGLISH));
        assertEquals("Линия взаимодействия · Линия видимости", line.label(Locale.forLanguageTag("ru")));
    }

    @Test
    void aStepsLinkRunsFromItsTopEdgeUpToTheBottomEdgeOfTheCardItSupports() {
        JourneyMap map = map(LaneKind.TOUCHPOINTS, LaneKind.BACKSTAGE);
        map.addTouchpoint(new Touchpoint("tp-call", "Call", "visit", "l0"));
        Note step = new Note("n-1", "Confirm the slot", "visit", "l1");
        step.setOwner("Reception");
        step.setSupports(List.of("tp-call"));
        map.addNote(step);
        MapLayout layout = MapLayouter.layout(map, LayoutSettings.defaults());

        SupportLink link = layout.supportLinks().get(0);
        Rect card = layout.card("tp-call").orElseThrow().bounds();
        NoteBox box = layout.notes().get(0);
        assertEquals(new Point(card.centerX(), card.maxY()), link.line().to());
        assertEquals(new Point(box.bounds().centerX(), box.bounds().y()), link.line().from());
        assertEquals(List.of("Reception"), box.owner(), "the owner is laid out above the text");
        assertEquals(2 * NoteBox.PADDING + 2 * NoteBox.LINE_HEIGHT, box.bounds().height(), 1e-9);
    }
}
