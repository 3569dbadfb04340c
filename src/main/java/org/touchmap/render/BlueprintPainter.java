package org.touchmap.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;

import org.touchmap.layout.BlueprintLine;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Palette;
import org.touchmap.layout.Rect;
import org.touchmap.layout.Segment;
import org.touchmap.layout.SupportLink;

/**
 * Draws the service blueprint's parts: its lines between the bands of lanes, each labelled on the
 * line, and the process steps' dashed links up (or down) to the touchpoints they support.
 */
final class BlueprintPainter {
    private static final float LINE_WIDTH = 1.5f;
    private static final float[] LINE_DASH = {8f, 4f};
    private static final float[] LINK_DASH = {4f, 3f};
    private static final double LABEL_CORNER = 8;

    private BlueprintPainter() {
    }

    /** The lines and their labels, drawn over the grid and under the notes and cards. */
    static void paintLines(Graphics2D g, MapLayout layout, RenderMessages messages) {
        if (layout.blueprintLines().isEmpty()) {
            return;
        }
        double cellsLeft = layout.grid().x();
        Font font = RenderFonts.regular((float) BlueprintLine.LABEL_FONT_SIZE);
        for (BlueprintLine line : layout.blueprintLines()) {
            g.setColor(Shapes.color(Palette.BLUEPRINT_LINE));
            g.setStroke(new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, LINE_DASH, 0f));
            draw(g, line.line());
            String label = messages.blueprintLine(line);
            Rect box = line.labelBox(label, cellsLeft);
            var pill = Shapes.roundRect(box, LABEL_CORNER);
            g.setColor(Shapes.color(Palette.CANVAS_BACKGROUND));
            g.fill(pill);
            g.setColor(Shapes.color(Palette.BLUEPRINT_LINE));
            g.setStroke(new BasicStroke(1f));
            g.draw(pill);
            TextPainter.line(g, label, font, Shapes.color(Palette.TEXT),
                    box.inset(0, BlueprintLine.LABEL_PADDING, 0, BlueprintLine.LABEL_PADDING), TextPainter.Align.CENTER_LEFT);
        }
    }

    /** The steps' links to the cards they support, drawn under the notes and cards so a link ends at their edges. */
    static void paintLinks(Graphics2D g, MapLayout layout) {
        g.setColor(Shapes.color(Palette.SUPPORT_LINK));
        g.setStroke(new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, LINK_DASH, 0f));
        double r = SupportLink.END_RADIUS;
        for (SupportLink link : layout.supportLinks()) {
            draw(g, link.line());
            // A dot at each end, so a link that passes behind another note is not read as ending there.
            for (var end : java.util.List.of(link.line().from(), link.line().to())) {
                g.fill(new java.awt.geom.Ellipse2D.Double(end.x() - r, end.y() - r, 2 * r, 2 * r));
            }
        }
    }

    /** The legend's sign: a stretch of the blueprint's line, or of a step's link with its end dots. */
    static void paintSign(Graphics2D g, boolean link, Rect box) {
        Segment line = new Segment(new org.touchmap.layout.Point(box.x() + 2, box.centerY()),
                new org.touchmap.layout.Point(box.maxX() - 4, box.centerY()));
        g.setColor(Shapes.color(link ? Palette.SUPPORT_LINK : Palette.BLUEPRINT_LINE));
        g.setStroke(new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                link ? LINK_DASH : LINE_DASH, 0f));
        draw(g, line);
        if (link) {
            double r = SupportLink.END_RADIUS;
            for (var end : java.util.List.of(line.from(), line.to())) {
                g.fill(new java.awt.geom.Ellipse2D.Double(end.x() - r, end.y() - r, 2 * r, 2 * r));
            }
        }
    }

    private static void draw(Graphics2D g, Segment segment) {
        g.draw(new Line2D.Double(segment.from().x(), segment.from().y(), segment.to().x(), segment.to().y()));
    }
}
