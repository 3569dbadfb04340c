package org.touchmap.ui.canvas;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class WheelScrollTest {
    @Test
    void aNotchIsTheDeltaOverTheWheelsMultiplier() {
        assertEquals(1, WheelScroll.notches(40, 40), 1e-9);
        assertEquals(-2, WheelScroll.notches(-240, 120), 1e-9, "a wheel that reports 120 a notch");
        assertEquals(0.25, WheelScroll.notches(10, 40), 1e-9, "a touchpad scrolls by fractions");
    }

    @Test
    void anEventWithoutAMultiplierCountsFortyPixelsANotch() {
        assertEquals(1, WheelScroll.notches(40, 0), 1e-9);
        assertEquals(-1, WheelScroll.notches(-40, 1), 1e-9, "synthesised events give a multiplier of 1");
    }
}
