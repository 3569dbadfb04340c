package org.touchmap.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.touchmap.ui.i18n.Messages;

import static org.junit.jupiter.api.Assertions.*;

/** Getting started shows each language the window in that language, never an English one in its place. */
class GettingStartedPicturesTest {
    @Test
    void everyLanguageHasItsOwnPictureOfEveryStep() {
        List<String> missing = new ArrayList<>();
        for (Locale language : Messages.SUPPORTED) {
            for (String name : GettingStarted.pictureNames()) {
                String resource = GettingStarted.pictureResource(name, language);
                if (GettingStarted.class.getResource(resource) == null) {
                    missing.add(language + ": " + name);
                } else if (language != Locale.ENGLISH && !resource.contains("/" + language.getLanguage() + "/")) {
                    missing.add(language + ": " + name + " falls back to " + resource);
                }
            }
        }
        assertEquals(3, GettingStarted.pictureNames().size(), "start page, cards, analysis");
        assertEquals(List.of(), missing);
    }

    @Test
    void aLanguageWithoutItsOwnPictureGetsTheEnglishOne() {
        assertEquals("pictures/cards.png", GettingStarted.pictureResource("cards.png", Locale.forLanguageTag("de")));
        assertEquals("pictures/ru/cards.png", GettingStarted.pictureResource("cards.png", Locale.forLanguageTag("ru")));
    }
}
