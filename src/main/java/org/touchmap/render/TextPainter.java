package org.touchmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;

import org.touchmap.layout.Rect;

/** Draws text into boxes of the layout, placed as the canvas's labels place theirs. */
final class TextPainter {
    /** Where a line or block sits inside its box. */
    enum Align { TOP_LEFT, CENTER_LEFT, CENTER }

    private TextPainter() {
    }

    /** One line, cut with an ellipsis to the box's width. */
    static void line(Graphics2D g, String text, Font font, Color color, Rect box, Align align) {
        lines(g, List.of(TextLines.singleLine(text, font, box.width())), font, color, box, align);
    }

    /** Wrapped text, as many lines as the box holds, the last cut with an ellipsis if needed. */
    static void wrapped(Graphics2D g, String text, Font font, Color color, Rect box, Align align) {
        lines(g, TextLines.wrap(text, font, box.width(), box.height()), font, color, box, align);
    }

    static void lines(Graphics2D g, List<String> lines, Font font, Color color, Rect box, Align align) {
        double lineHeight = TextLines.lineHeight(font);
        double blockHeight = lineHeight * lines.size();
        double top = align == Align.TOP_LEFT ? box.y() : box.centerY() - blockHeight / 2;
        double baseline = top + TextLines.ascent(font);
        g.setFont(font);
        g.setColor(color);
        for (String line : lines) {
            if (!line.isEmpty()) {
                double x = align == Align.CENTER ? box.centerX() - TextLines.width(line, font) / 2 : box.x();
                g.drawString(printable(line), (float) x, (float) baseline);
            }
            baseline += lineHeight;
        }
    }

    /**
     * The line with control characters shown as spaces. They draw as nothing in a picture, and
     * XML 1.0 forbids most of them, so an SVG holding one would not open.
     */
    static String printable(String line) {
        if (line.chars().noneMatch(Character::isISOControl)) {
            return line;
        }
        StringBuilder shown = new StringBuilder(line.length());
        line.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return shown.toString();
    }
}
