package org.touchmap.ui.canvas;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ZoomStepsTest {

    @Test
    void stepsGoThroughFamiliarPercentages() {
        assertEquals(1.1, ZoomSteps.larger(1.0));
        assertEquals(0.9, ZoomSteps.smaller(1.0));
        assertEquals(0.75, ZoomSteps.larger(0.6699999), "a value just below a step counts as that step");
        assertEquals(1.0, ZoomSteps.larger(0.93), "from between steps to the next one up");
    }

    @Test
    void stepsStopAtTheLimits() {
        assertEquals(ZoomSteps.MAX, ZoomSteps.larger(ZoomSteps.MAX));
        assertEquals(ZoomSteps.MIN, ZoomSteps.smaller(ZoomSteps.MIN));
        assertEquals(ZoomSteps.MAX, ZoomSteps.clamp(100));
        assertEquals(ZoomSteps.MIN, ZoomSteps.clamp(0));
        assertEquals(1.0, ZoomSteps.clamp(Double.NaN));
    }

    @Test
    void fitUsesTheTighterOfTheTwoDirections() {
        assertEquals(0.5, ZoomSteps.toFit(2000, 500, 1000, 1000));
        assertEquals(0.25, ZoomSteps.toFit(1000, 4000, 1000, 1000));
        assertEquals(ZoomSteps.MAX, ZoomSteps.toFit(10, 10, 1000, 1000), "tiny maps are not blown up without limit");
        assertEquals(1.0, ZoomSteps.toFit(1000, 1000, 0, 0), "no viewport yet: leave the zoom alone");
    }
}
