package org.touchmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

import org.touchmap.layout.EmotionCurve;
import org.touchmap.layout.Palette;
import org.touchmap.layout.Point;
import org.touchmap.layout.Rect;
import org.touchmap.model.Touchpoint;

/**
 * The emotion curve of a chain: a zero line, the curve in the chain's colour through a dot per
 * touchpoint, and the dips below zero marked in the negative colour, so where the customer's
 * mood falls is seen at a glance.
 */
final class EmotionStripPainter {
    private static final double DOT_RADIUS = 4.5;
    private static final double HEADER_RADIUS = 4;
    private static final double HEADER_PADDING = 12;
    private static final double DIP_OPACITY = 0.16;
    private static final BasicStroke CURVE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke THIN = new BasicStroke(1);
    private static final BasicStroke DASHED = new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {4, 4}, 0);

    private final RenderMessages messages;

    EmotionStripPainter(RenderMessages messages) {
        this.messages = messages;
    }

    void paint(Graphics2D g, EmotionStrip strip) {
        paintHeader(g, strip);
        EmotionCurve curve = strip.curve();
        if (curve.isEmpty()) {
            // An empty scale would only cross out the note that says why it is empty.
            TextPainter.wrapped(g, messages.get("emotion.noTouchpoints"), RenderFonts.italic(RenderFonts.QUESTION_SIZE),
                    Shapes.color(Palette.MUTED_TEXT), strip.plot().inset(8, 12, 8, 12), TextPainter.Align.CENTER_LEFT);
            return;
        }
        paintScale(g, strip);
        Path2D path = Shapes.path(curve.path(), 0, 0);
        Shape oldClip = g.getClip();
        g.clip(Shapes.rect(strip.plot()));
        paintDips(g, strip);
        g.setColor(Shapes.color(strip.chain().color()));
        g.setStroke(CURVE);
        g.draw(path);
        g.clip(Shapes.rect(belowZero(strip)));
        g.setColor(Shapes.color(Palette.NEGATIVE));
        g.draw(path);
        g.setClip(oldClip);
        for (int i = 0; i < curve.points().size(); i++) {
            paintDot(g, curve.points().get(i), curve.samples().get(i).emotion());
        }
    }

    private void paintHeader(Graphics2D g, EmotionStrip strip) {
        Rect header = strip.header();
        g.setColor(Shapes.color(Palette.LANE_HEADER_FILL));
        g.fill(Shapes.roundedCorners(header, HEADER_RADIUS, 0, 0, HEADER_RADIUS));
        Rect text = header.inset(HEADER_PADDING, 34, HEADER_PADDING, HEADER_PADDING);
        var titleFont = RenderFonts.bold(RenderFonts.LANE_SIZE);
        double titleHeight = TextLines.lineHeight(titleFont) + 4;
        TextPainter.line(g, messages.get("emotion.title"), titleFont, Shapes.color(Palette.TEXT),
                new Rect(text.x(), text.y(), text.width(), titleHeight), TextPainter.Align.TOP_LEFT);
        TextPainter.wrapped(g, messages.format("emotion.chain", strip.chain().name()),
                RenderFonts.italic(RenderFonts.QUESTION_SIZE), Shapes.color(Palette.MUTED_TEXT),
                text.inset(titleHeight, 0, 0, 0), TextPainter.Align.TOP_LEFT);
    }

    /** Light lines at every score, a stronger one at zero, and the scores on the header's right. */
    private static void paintScale(Graphics2D g, EmotionStrip strip) {
        Rect plot = strip.plot();
        var font = RenderFonts.regular(RenderFonts.SMALL_SIZE);
        for (int score = Touchpoint.MIN_EMOTION; score <= Touchpoint.MAX_EMOTION; score++) {
            double y = strip.yOf(score);
            g.setColor(Shapes.color(score == 0 ? Palette.MUTED_TEXT : Palette.GRID_LINE));
            g.setStroke(score == 0 ? DASHED : THIN);
            g.draw(new Line2D.Double(plot.x(), y, plot.maxX(), y));
            String label = score > 0 ? "+" + score : score < 0 ? "\u2212" + -score : "0";
            Rect labelBox = new Rect(strip.header().maxX() - 26, y - 8, 20, 16);
            double labelWidth = TextLines.width(label, font);
            TextPainter.line(g, label, font, Shapes.color(Palette.MUTED_TEXT),
                    labelBox.inset(0, 0, 0, labelBox.width() - labelWidth), TextPainter.Align.CENTER_LEFT);
        }
    }

    /** The area between the curve and the zero line, where the curve is below zero. */
    private static void paintDips(Graphics2D g, EmotionStrip strip) {
        Shape clip = g.getClip();
        g.clip(Shapes.rect(belowZero(strip)));
        g.setColor(Shapes.color(Palette.NEGATIVE, DIP_OPACITY));
        for (EmotionCurve.Dip dip : strip.curve().dips()) {
            g.fill(Shapes.path(strip.curve().dipArea(dip), 0, 0));
        }
        g.setClip(clip);
    }

    private static Rect belowZero(EmotionStrip strip) {
        Rect plot = strip.plot();
        double zero = strip.yOf(0);
        return new Rect(plot.x(), zero, plot.width(), plot.maxY() - zero);
    }

    private static void paintDot(Graphics2D g, Point point, int emotion) {
        Color fill = Shapes.color(emotion > 0 ? Palette.POSITIVE : emotion < 0 ? Palette.NEGATIVE : Palette.NEUTRAL);
        var dot = new Ellipse2D.Double(point.x() - DOT_RADIUS, point.y() - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS);
        g.setColor(fill);
        g.fill(dot);
        g.setColor(Shapes.color(Palette.CARD_FILL));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(dot);
    }
}
