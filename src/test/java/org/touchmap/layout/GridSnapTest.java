package org.touchmap.layout;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class GridSnapTest {

    @Test
    void snapsToTheNearestGridLine() {
        GridSnap grid = new GridSnap(8);
        assertEquals(0, grid.snap(3.9));
        assertEquals(8, grid.snap(4.1));
        assertEquals(48, grid.snap(50));
        assertEquals(-8, grid.snap(-6));
    }

    @Test
    void offLeavesValuesAlone() {
        assertFalse(GridSnap.OFF.isOn());
        assertEquals(13.37, GridSnap.OFF.snap(13.37));
    }

    @Test
    void nudgeIsOneGridStepOrOnePixelWithoutGrid() {
        assertEquals(8, GridSnap.DEFAULT.nudge(false, 4));
        assertEquals(32, GridSnap.DEFAULT.nudge(true, 4));
        assertEquals(1, GridSnap.OFF.nudge(false, 10));
        assertEquals(10, GridSnap.OFF.nudge(true, 10));
    }

    @Test
    void refusesANegativeStep() {
        assertThrows(IllegalArgumentException.class, () -> new GridSnap(-1));
        assertThrows(IllegalArgumentException.class, () -> new GridSnap(Double.NaN));
    }
}
