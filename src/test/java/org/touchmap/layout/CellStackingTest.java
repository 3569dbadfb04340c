package org.touchmap.layout;

import org.junit.jupiter.api.Test;
import org.touchmap.model.CardFootprint;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.JourneyMap;

import static org.junit.jupiter.api.Assertions.*;

class CellStackingTest {
    @Test
    void emptyCellStartsAtItsCorner() {
        JourneyMap map = MedicalClinicMap.build();
        assertEquals(new Point(0, 0), CellStacking.nextSlot(map, "awareness", "offline"));
    }

    @Test
    void nextCardGoesBelowTheLowestCardOfTheCellOnly() {
        JourneyMap map = MedicalClinicMap.build();
        // The "decide" offline cell has cards at y 0 and 90; the online cell of the same stage is not counted.
        double expected = 90 + CardFootprint.HEIGHT + CardFootprint.GAP;
        assertEquals(new Point(0, expected), CellStacking.nextSlot(map, "decide", "offline"));
    }

    @Test
    void aCardAboveItsCellsCornerCountsWhereItIsDrawn() {
        JourneyMap map = MedicalClinicMap.build();
        map.touchpointsInStage("decide").forEach(card -> card.setY(-40));

        assertEquals(new Point(0, CardFootprint.HEIGHT + CardFootprint.GAP), CellStacking.nextSlot(map, "decide", "offline"));
    }
}
