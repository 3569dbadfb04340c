package org.touchmap.render.workbook;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * How wide a header column must be so that no word of its header is split across lines
 * ("Функциональнос-ть"). The word is measured in bold DejaVu Sans, the bundled font, against a
 * digit of its regular face: DejaVu's bold letters are wider next to its digits than Calibri's,
 * so a column wide enough in DejaVu is wide enough in Excel's Calibri too.
 */
final class HeaderWords {
    private static final float POINTS = CellLook.BODY_POINTS;
    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);
    private static final Font BOLD = load("DejaVuSans-Bold.ttf", Font.BOLD);
    private static final double DIGIT = load("DejaVuSans.ttf", Font.PLAIN)
            .getStringBounds("0", MEASURING).getWidth();
    /** The cell's inner margins on either side of the text. */
    private static final int PADDING_CHARS = 1;

    private HeaderWords() {
    }

    /**
     * The width in characters (digits of the body font) that holds the text's longest word on one
     * line in bold, and so in the regular face too.
     */
    static int widthChars(String header) {
        double widest = 0;
        for (String word : header.strip().split("\\s+")) {
            widest = Math.max(widest, BOLD.getStringBounds(word, MEASURING).getWidth());
        }
        return (int) Math.ceil(widest / DIGIT) + PADDING_CHARS;
    }

    private static Font load(String file, int style) {
        try (InputStream in = HeaderWords.class.getResourceAsStream("/org/touchmap/render/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The bundled font " + file + " is missing");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(style, POINTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The bundled font " + file + " cannot be read", e);
        }
    }
}
