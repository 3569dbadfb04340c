package org.touchmap.ui.canvas;

import javafx.scene.text.Text;

/** Cuts wrapped text that does not fit its box, ending it with an ellipsis. */
final class TextFitting {
    private static final String ELLIPSIS = "…";

    private TextFitting() {
    }

    /**
     * Sets {@code text} to {@code full}, or to its longest beginning plus an ellipsis that fits into
     * {@code maxHeight} at the text's wrapping width and font.
     */
    static void fit(Text text, String full, double maxHeight) {
        text.setText(full);
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
