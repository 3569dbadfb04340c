package org.touchmap.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SvgNumbersTest {
    @Test
    void numbersAreWrittenToAHundredthWithoutTrailingZeros() {
        assertEquals("0", SvgNumbers.hundredths(0));
        assertEquals("0", SvgNumbers.hundredths(-0.001));
        assertEquals("96.21", SvgNumbers.hundredths(96.20913696289062));
        assertEquals("542", SvgNumbers.hundredths(542.0));
        assertEquals("12.5", SvgNumbers.hundredths(12.5));
        assertEquals("0.05", SvgNumbers.hundredths(0.05));
        assertEquals("-3.07", SvgNumbers.hundredths(-3.07));
        assertEquals("-0.5", SvgNumbers.hundredths(-0.5));
        assertEquals("10000000", SvgNumbers.hundredths(1e7));
    }

    @Test
    void numbersBeyondRoundingAreWrittenWhole() {
        assertEquals(Double.toString(1e300), SvgNumbers.hundredths(1e300));
        assertEquals("NaN", SvgNumbers.hundredths(Double.NaN));
    }

    @Test
    void everyRoundedNumberReadsBackWithinHalfAHundredth() {
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 100_000; i++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12));
            assertEquals(value, Double.parseDouble(SvgNumbers.hundredths(value)), 0.005 + Math.ulp(value) * 100,
                    () -> "for " + value);
        }
    }
}
