package org.touchmap.render.workbook;

import java.awt.Font;
import java.awt.font.FontRenderContext;

import org.touchmap.layout.FontFile;

/**
 * How many lines a text wraps into in a column, found by laying its words out in DejaVu Sans, the
 * font LibreOffice prints with when Calibri is missing and the widest of the usual cases: a
 * row as tall as these lines holds the text in Excel and LibreOffice alike, with no empty lines
 * left over.
 */
final class CellLines {
    private static final float POINTS = CellLook.BODY_POINTS;
    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);
    /**
     * What a cell keeps free of text: the inner margin ({@link CellStyles#INDENT}, three spaces in
     * LibreOffice) and the few points either side that spreadsheets leave, in points.
     */
    static final double MARGIN_POINTS = 3 * 3.5 + 4;
    /** Lines are measured a little short, so text that almost fills a line never spills onto one more. */
    private static final double SAFETY = 0.95;

    private static Font regular;
    private static Font bold;
    private static double digit;

    private CellLines() {
    }

    /** The width in points of a column {@code columnChars} characters wide, as LibreOffice prints it. */
    static double columnPoints(int columnChars) {
        return columnChars * digitPoints();
    }

    /** The narrowest column, in characters, in which a line of this width in points fits. */
    static int charsHolding(double linePoints) {
        return (int) Math.ceil((linePoints / SAFETY + MARGIN_POINTS) / digitPoints());
    }

    /**
     * The lines of {@code text} in a column {@code columnChars} characters wide: at least one per
     * paragraph, and never fewer than its characters fill at a digit's width each, as a font wider
     * than DejaVu would need.
     */
    static int of(String text, int columnChars, boolean boldFace) {
        int atDigitWidth = (text.codePointCount(0, text.length()) + columnChars - 1) / Math.max(1, columnChars);
        return Math.max(atDigitWidth, measured(text, columnChars, boldFace));
    }

    private static int measured(String text, int columnChars, boolean boldFace) {
        Font font = boldFace ? bold() : regular();
        double room = Math.max(digitPoints(), (columnPoints(columnChars) - MARGIN_POINTS) * SAFETY);
        double space = width(font, " ");
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraphLines(paragraph, font, room, space);
        }
        return lines;
    }

    /** Greedy wrapping, as spreadsheets do it: a word that does not fit starts a line; a word wider than a line breaks. */
    private static int paragraphLines(String paragraph, Font font, double room, double space) {
        int lines = 1;
        double used = 0;
        for (String word : paragraph.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            double wordWidth = width(font, word);
            double needed = used == 0 ? wordWidth : used + space + wordWidth;
            if (needed <= room) {
                used = needed;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            while (wordWidth > room) {
                lines++;
                wordWidth -= room;
            }
            used = wordWidth;
        }
        return lines;
    }

    private static double width(Font font, String text) {
        return font.getStringBounds(text, MEASURING).getWidth();
    }

    // Fonts are opened when first measured, so a font that cannot be opened is a message, not a broken class.
    private static synchronized Font regular() {
        if (regular == null) {
            regular = FontFile.bundled("DejaVuSans.ttf").deriveFont(Font.PLAIN, POINTS);
        }
        return regular;
    }

    private static synchronized Font bold() {
        if (bold == null) {
            bold = FontFile.bundled("DejaVuSans-Bold.ttf").deriveFont(Font.BOLD, POINTS);
        }
        return bold;
    }

    private static synchronized double digitPoints() {
        if (digit == 0) {
            digit = width(regular(), "0");
        }
        return digit;
    }
}
