package org.touchmap.render.workbook;

import org.touchmap.layout.FontFile;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * How wide a header column must be so that no word of its header is split across lines
 * ("Функциональнос-ть"). The word is measured in bold DejaVu Sans, the bundled font, against a
 * digit of its regular face: DejaVu's bold letters are wider next to its digits than Calibri's,
 * so a column wide enough in DejaVu is wide enough in Excel's Calibri too.
 */
final class HeaderWords {
    private static final float POINTS = CellLook.BODY_POINTS;
    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);

    private HeaderWords() {
    }

    /**
     * The width in characters (digits of the body font) that holds the text's longest word on one
     * line in bold, and so in the regular face too.
     */
    static int widthChars(String header) {
        // Fonts are opened when first measured, so a font that cannot be opened is a message, not a broken class.
        Font bold = FontFile.bundled("DejaVuSans-Bold.ttf").deriveFont(Font.BOLD, POINTS);
        double widest = 0;
        for (String word : header.strip().split("\\s+")) {
            widest = Math.max(widest, bold.getStringBounds(word, MEASURING).getWidth());
        }
        // The column holds the word beside the cell's inner margins, as the rows' heights reckon them.
        return CellLines.charsHolding(widest);
    }

}
