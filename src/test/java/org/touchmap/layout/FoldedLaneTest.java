package org.touchmap.layout;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A folded lane keeps only its header: its cards, notes and arrows are out of sight, and it takes none. */
class FoldedLaneTest {

    @Test
    void aFoldedLaneIsAThinRowWithNothingInItAndTakesNoCards() {
        JourneyMap map = new JourneyMap("Clinic");
        map.addStage(new Stage("visit", "Visit"));
        map.addLane(new Lane("cards", "Cards"));
        Lane thoughts = new Lane("thoughts", "Thoughts");
        thoughts.setKind(LaneKind.THOUGHTS);
        map.addLane(thoughts);
        map.addTouchpoint(new Touchpoint("a", "Call", "visit", "cards"));
        map.addNote(new Note("n", "Is it far?", "visit", "thoughts"));
        MapLayout open = MapLayouter.layout(map, LayoutSettings.defaults());

        map.lane("cards").setFolded(true);
        map.lane("thoughts").setFolded(true);
        MapLayout folded = MapLayouter.layout(map, LayoutSettings.defaults());

        assertEquals(List.of(LaneRow.FOLDED_HEIGHT, LaneRow.FOLDED_HEIGHT),
                folded.rows().stream().map(LaneRow::height).toList());
        assertEquals(List.of(), folded.cards(), "its cards are out of sight");
        assertEquals(List.of(), folded.notes(), "and its notes");
        assertFalse(folded.rows().get(0).takesCards(), "nothing can be dropped into it");
        assertTrue(folded.bounds().height() < open.bounds().height());
        assertEquals(1, open.cards().size());
    }
}
