package org.touchmap.ui.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LanguageChoiceTest {
    private final Preferences preferences = Preferences.userRoot().node("org/touchmap/test/" + UUID.randomUUID());

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    void nothingIsChosenUntilThePersonChooses() {
        assertEquals(Optional.empty(), new LanguageChoice(preferences).stored());
    }

    @Test
    void theChoiceIsKeptForTheNextStart() {
        new LanguageChoice(preferences).store(Locale.forLanguageTag("sr"));
        assertEquals(Optional.of(Locale.forLanguageTag("sr")), new LanguageChoice(preferences).stored());
    }

    @Test
    void aLanguageTheInterfaceDoesNotSpeakIsKeptAsEnglishAndAStrangeValueIsIgnored() {
        new LanguageChoice(preferences).store(Locale.GERMAN);
        assertEquals(Optional.of(Locale.ENGLISH), new LanguageChoice(preferences).stored());
        preferences.put("language", "xx");
        assertEquals(Optional.empty(), new LanguageChoice(preferences).stored());
    }

    @Test
    void languagesAreNamedInTheirOwnLanguage() {
        assertEquals("English", LanguageChoice.nativeName(Locale.ENGLISH));
        assertEquals("Русский", LanguageChoice.nativeName(Locale.forLanguageTag("ru")));
        assertEquals("Српски", LanguageChoice.nativeName(Locale.forLanguageTag("sr")));
    }
}
