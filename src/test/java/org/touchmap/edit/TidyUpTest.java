package org.touchmap.edit;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.touchmap.model.CardOverlaps;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

import static org.junit.jupiter.api.Assertions.*;

class TidyUpTest {

    @Test
    void tidyingUpMovesOnlyHiddenCardsToFreeSpaceAsOneUndoStep() {
        JourneyMap map = MedicalClinicMap.build();
        // As a file written by an older version may have it: three cards on one spot.
        map.touchpoint("tp-search").setY(0);
        map.touchpoint("tp-page").setStageId("awareness");
        JourneyMap before = map.copy();
        CommandStack stack = new CommandStack(map);

        stack.execute(TidyUp.plan(map).orElseThrow());

        assertEquals(List.of(), CardOverlaps.problems(map));
        assertEquals(Placement.of(before.touchpoint("tp-ad")), Placement.of(map.touchpoint("tp-ad")),
                "the first card of the spot stays");
        assertEquals(Placement.of(before.touchpoint("tp-chat")), Placement.of(map.touchpoint("tp-chat")),
                "cards of other cells stay");
        assertEquals("Tidy up", stack.undoDescription().orElseThrow().text(Locale.ENGLISH));
        stack.undo();
        assertEquals(before, map);
    }

    @Test
    void aMapWhereNoCardHidesAnotherNeedsNoTidyingUp() {
        assertTrue(TidyUp.plan(MedicalClinicMap.build()).isEmpty());
    }
}
