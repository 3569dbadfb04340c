package org.touchmap.ui.canvas;

import java.util.Locale;

import javafx.scene.text.Text;

import org.touchmap.layout.CardAnatomy;

/**
 * Fits a card's name into its box as the pictures do (render's {@code CardNameLines}): whole at
 * the stylesheet's size when it fits, otherwise whole one size smaller, and only a name too long
 * even then is cut, ending in an ellipsis.
 */
final class TextFitting {
    private static final String ELLIPSIS = "…";
    private static final String SMALLER_FONT = String.format(Locale.ROOT, "-fx-font-size: %spx;",
            CardAnatomy.NAME_SMALLER_FONT_SIZE);

    private TextFitting() {
    }

    /**
     * Sets {@code text} to {@code full}, stepping its font down once if it does not fit into
     * {@code maxHeight} at its wrapping width, and cutting it only if it still does not fit.
     */
    static void fit(Text text, String full, double maxHeight) {
        text.setText(full);
        if (fits(text, maxHeight)) {
            return;
        }
        // An inline style, because the stylesheet's size would win over a font set in code.
        text.setStyle(SMALLER_FONT);
        text.applyCss();
        if (fits(text, maxHeight)) {
            return;
        }
        int shortest = 0;
        int longest = full.length() - 1;
        while (shortest < longest) {
            int middle = (shortest + longest + 1) / 2;
            text.setText(cut(full, middle));
            if (fits(text, maxHeight)) {
                shortest = middle;
            } else {
                longest = middle - 1;
            }
        }
        text.setText(cut(full, shortest));
    }

    private static String cut(String full, int length) {
        return full.substring(0, length).stripTrailing() + ELLIPSIS;
    }

    private static boolean fits(Text text, double maxHeight) {
        return text.getLayoutBounds().getHeight() <= maxHeight + 0.5;
    }
}
