package org.touchmap.render;

import java.awt.Font;
import java.util.List;

import org.touchmap.layout.Rect;

/**
 * A card's name as a picture draws it, the same way the canvas fits it: wrapped at the full size
 * when all its lines fit the name box, otherwise one size smaller; only a name too long even then
 * is cut, with an ellipsis on its last line.
 */
record CardNameLines(Font font, List<String> lines) {

    CardNameLines {
        lines = List.copyOf(lines);
    }

    static CardNameLines of(String name, boolean keyPoint, Rect box) {
        Font full = font(keyPoint, RenderFonts.CARD_NAME_SIZE);
        List<String> whole = TextLines.wrapAll(name, full, box.width());
        if (whole.size() <= TextLines.linesThatFit(full, box.height())) {
            return new CardNameLines(full, whole);
        }
        Font smaller = font(keyPoint, RenderFonts.CARD_NAME_SMALLER_SIZE);
        return new CardNameLines(smaller, TextLines.wrap(name, smaller, box.width(), box.height()));
    }

    private static Font font(boolean keyPoint, float size) {
        return keyPoint ? RenderFonts.bold(size) : RenderFonts.regular(size);
    }
}
