package org.touchmap.ui.keys;

import java.util.Locale;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.touchmap.ui.i18n.Messages;

/**
 * Which letter key was pressed, whatever the keyboard layout: single-letter shortcuts (C, N, L, E,
 * V, and Ctrl+A, C, V, D, Z, Y) belong to the key's place on the keyboard, not to the letter it
 * types, so they work the same on a Russian or Serbian layout as on an English one.
 *
 * <p>Where the platform reports the physical key (Windows; Linux when a Latin layout is also
 * installed) the event's code is that key and is used as it is. Where it reports no code for a
 * Cyrillic letter (Linux with the Russian or Serbian layout alone), the letter is looked up on
 * the standard Russian (ЙЦУКЕН) and Serbian Cyrillic layouts to find the Latin key in its place.
 * A few letters sit on different keys in the two layouts (в is D in Russian, V in Serbian); the
 * layout of the interface's language is asked first.
 */
public final class PhysicalKeys {
    private static final String LATIN = "qwertyuiopasdfghjklzxcvbnm";
    /** The letters the Russian layout types on the keys of {@link #LATIN}, in the same order. */
    private static final String RUSSIAN = "йцукенгшщзфывапролдячсмить";
    /** The letters the Serbian Cyrillic layout types on the keys of {@link #LATIN}, in the same order. */
    private static final String SERBIAN = "љњертзуиопасдфгхјклѕџцвбнм";

    private PhysicalKeys() {
    }

    /** The key of a pressed or released key event, as its place on an English keyboard. */
    public static KeyCode of(KeyEvent event) {
        return of(event, Messages.locale());
    }

    /** The key of a pressed or released key event, asking the layout of {@code language} first. */
    public static KeyCode of(KeyEvent event, Locale language) {
        KeyCode code = event.getCode();
        if (code != null && code != KeyCode.UNDEFINED) {
            return code;
        }
        KeyCode fromText = ofCharacter(event.getText(), language);
        return fromText != KeyCode.UNDEFINED ? fromText : ofCharacter(event.getCharacter(), language);
    }

    /** The letter key that types this character on an English, Russian or Serbian layout, else UNDEFINED. */
    public static KeyCode ofCharacter(String character, Locale language) {
        if (character == null || character.length() != 1) {
            return KeyCode.UNDEFINED;
        }
        char letter = Character.toLowerCase(character.charAt(0));
        int place = LATIN.indexOf(letter);
        if (place < 0) {
            boolean serbianFirst = "sr".equals(language.getLanguage());
            place = (serbianFirst ? SERBIAN : RUSSIAN).indexOf(letter);
            if (place < 0) {
                place = (serbianFirst ? RUSSIAN : SERBIAN).indexOf(letter);
            }
        }
        return place < 0 ? KeyCode.UNDEFINED : KeyCode.valueOf(String.valueOf(LATIN.charAt(place)).toUpperCase(Locale.ROOT));
    }
}
