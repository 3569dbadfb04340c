package org.touchmap.ui.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchmap.edit.Placement;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.ui.editor.Selection;

import static org.junit.jupiter.api.Assertions.*;

class CardPlacementTest {
    private final JourneyMap map = MedicalClinicMap.build();
    private final Selection selection = new Selection();

    @Test
    void withNothingSelectedANewCardGoesToTheFirstStageAndLaneBelowTheCardsThere() {
        Placement place = CardPlacement.forNewCard(map, selection).orElseThrow();
        assertEquals("awareness", place.stageId());
        assertEquals("online", place.laneId());
        double lowest = map.touchpointsInStage("awareness").stream().filter(t -> t.laneId().equals("online"))
                .mapToDouble(t -> t.y()).max().orElseThrow();
        assertTrue(place.y() >= lowest + LayoutSettings.defaults().cardHeight(), "below the last card, not on it");
    }

    @Test
    void aSelectedStageOrTheSelectedCardsCellDecides() {
        selection.selectStage("compare");
        assertEquals("compare", CardPlacement.forNewCard(map, selection).orElseThrow().stageId());
        selection.selectTouchpoints(List.of("tp-reception"));
        Placement place = CardPlacement.forNewCard(map, selection).orElseThrow();
        assertEquals("decide", place.stageId());
        assertEquals("offline", place.laneId());
    }

    @Test
    void aMapWithoutStagesHasNoPlaceForACard() {
        assertTrue(CardPlacement.forNewCard(new JourneyMap("Empty"), selection).isEmpty());
    }
}
