package org.touchmap.ui.properties;

import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.touchmap.model.Rating;

/**
 * The keys that rate the selected cards: Alt+1 positive, Alt+2 neutral, Alt+3 negative, Alt+0
 * unrated. Plain digits are left to typing on the canvas, which adds cards.
 */
public final class RatingKeys {
    /** The ratings in the order the panel and the menu show them. */
    public static final List<Rating> ORDER = Rating.DISPLAY_ORDER;

    private RatingKeys() {
    }

    public static KeyCombination of(Rating rating) {
        KeyCode digit = switch (rating) {
            case POSITIVE -> KeyCode.DIGIT1;
            case NEUTRAL -> KeyCode.DIGIT2;
            case NEGATIVE -> KeyCode.DIGIT3;
            case UNRATED -> KeyCode.DIGIT0;
        };
        return new KeyCodeCombination(digit, KeyCombination.ALT_DOWN);
    }
}
