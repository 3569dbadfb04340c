package org.touchmap.ui.canvas;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.touchmap.ui.i18n.Messages;

import static org.junit.jupiter.api.Assertions.*;

/** The badge on the map gives the share lost after a stage as the analysis table does. */
class AnalysisOverlayPercentTest {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @AfterEach
    void backToEnglish() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void aWholeShareIsShownWithoutADecimalZeroInRussian() {
        Messages.setLocale(RUSSIAN);
        assertEquals("85 %", AnalysisOverlay.leakPercent(RUSSIAN, 0.85));
    }

    @Test
    void aShareWithAFractionKeepsOneDecimalWithTheLanguagesComma() {
        Messages.setLocale(RUSSIAN);
        assertEquals("62,5 %", AnalysisOverlay.leakPercent(RUSSIAN, 0.625));
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("62.5 %", AnalysisOverlay.leakPercent(Locale.ENGLISH, 0.625));
    }
}
