package org.touchmap.ui.properties;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.touchmap.model.Metric;

import static org.junit.jupiter.api.Assertions.*;

class NumberInputTest {
    private final NumberInput english = new NumberInput(new PanelText(Locale.ENGLISH));
    private final NumberInput russian = new NumberInput(new PanelText(Locale.forLanguageTag("ru")));
    private final NumberInput serbian = new NumberInput(new PanelText(Locale.forLanguageTag("sr")));

    @Test
    void anOutOfRangeMetricIsRefusedWithItsRange() {
        ParsedInput<Double> parsed = english.metric("150", Metric.NPS);
        assertFalse(parsed.isValid());
        assertEquals("NPS must be between \u2212100 and 100.", parsed.error());
        assertEquals("Cost must be 0 or more.", english.metric("-5", Metric.COST).error());
        assertEquals("ROI % must be \u2212100 or more.", english.metric("-101", Metric.ROI_PERCENT).error());
    }

    @Test
    void theRangeMessageIsInThePersonsLanguage() {
        assertEquals("NPS: значение должно быть от \u2212100 до 100.",
                russian.metric("101", Metric.NPS).error());
        assertEquals("NPS: вредност мора бити између \u2212100 и 100.",
                serbian.metric("101", Metric.NPS).error());
    }

    @Test
    void eitherSeparatorIsADecimalPointInEveryLanguage() {
        assertEquals(4.5, english.metric("4,5", Metric.CES).value());
        assertEquals(4.5, serbian.metric("4.5", Metric.CES).value(), "a dot never groups thousands in Serbian here");
        assertEquals(4.5, russian.metric(" 4,5 ", Metric.CES).value());
    }

    @Test
    void spacesGroupDigitsAndSignsMayBeTrueMinusOrPercent() {
        assertEquals(12000.0, russian.metric("12\u00a0000", Metric.COST).value());
        assertEquals(-40.0, english.metric("\u221240", Metric.NPS).value());
        assertEquals(38.0, english.metric("38 %", Metric.BOUNCE_PERCENT).value());
    }

    @Test
    void blankMeansNotMeasuredAndTextIsNotANumber() {
        assertTrue(english.metric("  ", Metric.NPS).isValid());
        assertNull(english.metric("", Metric.NPS).value());
        assertEquals("Enter a number, such as 12.5.", english.metric("lots", Metric.NPS).error());
        assertEquals("Введите число, например 12,5.", russian.metric("1.2.3", Metric.NPS).error());
    }

    @Test
    void countsAreWholeAndNotNegativeAndMayBeGroupedInThrees() {
        assertEquals(12000L, english.count("12,000", "Visitors").value());
        assertEquals(12000L, russian.count("12 000", "Посетители").value());
        assertEquals(640L, english.count("640", "Visitors").value());
        assertNull(english.count("", "Visitors").value());
        assertEquals("Visitors must be a whole number, 0 or more.", english.count("-3", "Visitors").error());
        assertFalse(english.count("12,5", "Visitors").isValid());
        assertFalse(english.count("99999999999999999999", "Visitors").isValid(), "too large for a count");
    }

    @Test
    void numbersAreShownWithoutNoiseInTheLanguagesStyle() {
        assertEquals("46", english.format(46.0));
        assertEquals("3.1", english.format(3.1));
        assertEquals("3,1", russian.format(3.1));
        assertEquals("\u2212100", english.format(-100.0));
        assertEquals("0.3333", english.format(1.0 / 3));
        assertEquals("", english.format((Double) null));
        assertEquals("\u2212100 to 100", english.rangeHint(Metric.NPS));
    }
}
