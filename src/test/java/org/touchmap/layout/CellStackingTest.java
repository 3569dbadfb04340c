package org.touchmap.layout;

import org.junit.jupiter.api.Test;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.JourneyMap;

import static org.junit.jupiter.api.Assertions.*;

class CellStackingTest {
    private static final LayoutSettings SETTINGS = LayoutSettings.defaults();

    @Test
    void emptyCellStartsAtItsCorner() {
        JourneyMap map = MedicalClinicMap.build();
        assertEquals(new Point(0, 0), CellStacking.nextSlot(map, "awareness", "offline", SETTINGS));
    }

    @Test
    void nextCardGoesBelowTheLowestCardOfTheCellOnly() {
        JourneyMap map = MedicalClinicMap.build();
        // The "decide" offline cell has cards at y 0 and 90; the online cell of the same stage is not counted.
        double expected = 90 + SETTINGS.cardHeight() + CellStacking.CARD_GAP;
        assertEquals(new Point(0, expected), CellStacking.nextSlot(map, "decide", "offline", SETTINGS));
    }
}
