package org.touchmap.ui.keys;

import java.util.Locale;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhysicalKeysTest {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale SERBIAN = Locale.forLanguageTag("sr");

    /** A key press as Linux reports a Cyrillic letter when no Latin layout is installed: no code, only text. */
    private static KeyEvent pressedWithoutCode(String text, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, text, KeyCode.UNDEFINED,
                false, control, false, false);
    }

    @Test
    void theLettersOfTheShortcutsOnARussianLayoutAreTheLatinKeysInTheirPlace() {
        assertEquals(KeyCode.C, PhysicalKeys.of(pressedWithoutCode("с", false), RUSSIAN));
        assertEquals(KeyCode.N, PhysicalKeys.of(pressedWithoutCode("т", false), RUSSIAN));
        assertEquals(KeyCode.L, PhysicalKeys.of(pressedWithoutCode("д", false), RUSSIAN));
        assertEquals(KeyCode.E, PhysicalKeys.of(pressedWithoutCode("у", false), RUSSIAN));
        assertEquals(KeyCode.V, PhysicalKeys.of(pressedWithoutCode("м", false), RUSSIAN));
        assertEquals(KeyCode.Z, PhysicalKeys.of(pressedWithoutCode("Я", true), RUSSIAN), "Ctrl+Z, in capitals too");
    }

    @Test
    void theLettersOfTheShortcutsOnASerbianLayoutAreTheLatinKeysInTheirPlace() {
        assertEquals(KeyCode.C, PhysicalKeys.of(pressedWithoutCode("ц", false), SERBIAN));
        assertEquals(KeyCode.N, PhysicalKeys.of(pressedWithoutCode("н", false), SERBIAN));
        assertEquals(KeyCode.L, PhysicalKeys.of(pressedWithoutCode("л", false), SERBIAN));
        assertEquals(KeyCode.E, PhysicalKeys.of(pressedWithoutCode("е", false), SERBIAN));
        assertEquals(KeyCode.V, PhysicalKeys.of(pressedWithoutCode("в", false), SERBIAN));
        assertEquals(KeyCode.Z, PhysicalKeys.of(pressedWithoutCode("ѕ", true), SERBIAN));
    }

    @Test
    void aLetterOnDifferentKeysInTheTwoLayoutsFollowsTheLanguageAndOneOnlyInTheOtherStillWorks() {
        assertEquals(KeyCode.D, PhysicalKeys.ofCharacter("в", RUSSIAN));
        assertEquals(KeyCode.V, PhysicalKeys.ofCharacter("в", SERBIAN));
        assertEquals(KeyCode.X, PhysicalKeys.ofCharacter("џ", Locale.ENGLISH), "џ is only in Serbian, on X");
        assertEquals(KeyCode.M, PhysicalKeys.ofCharacter("ь", SERBIAN), "ь is on M only in Russian");
    }

    @Test
    void aCodeThePlatformGivesIsTheKeyAndOtherCharactersAreNoLetterKey() {
        KeyEvent c = new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "с", KeyCode.C,
                false, false, false, false);
        assertEquals(KeyCode.C, PhysicalKeys.of(c, SERBIAN), "the code wins over the text");
        assertEquals(KeyCode.UNDEFINED, PhysicalKeys.of(pressedWithoutCode("ж", false), RUSSIAN));
        assertEquals(KeyCode.UNDEFINED, PhysicalKeys.of(pressedWithoutCode("", false), RUSSIAN));
        assertEquals(KeyCode.V, PhysicalKeys.ofCharacter("V", RUSSIAN));
    }
}
