package org.touchmap.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;

import org.touchmap.layout.Palette;
import org.touchmap.layout.Point;
import org.touchmap.layout.RatingIcons;
import org.touchmap.layout.Rect;
import org.touchmap.model.Rating;

/** Draws a {@link Legend}: every sign looks as it does on the map. */
final class LegendPainter {
    private static final double ICON_SIZE = 16;
    private static final double EDGE_WIDTH = 8;
    private static final double EDGE_HEIGHT = 18;

    private LegendPainter() {
    }

    static void paint(Graphics2D g, Legend legend) {
        for (Legend.Row row : legend.rows()) {
            TextPainter.line(g, row.label(), Legend.labelFont(), Shapes.color(Palette.MUTED_TEXT), row.labelBox(),
                    TextPainter.Align.CENTER_LEFT);
            for (Legend.Entry entry : row.entries()) {
                paintSign(g, entry.sign(), entry.signBox());
                TextPainter.line(g, entry.text(), Legend.entryFont(), Shapes.color(Palette.TEXT), entry.textBox(),
                        TextPainter.Align.CENTER_LEFT);
            }
        }
    }

    private static void paintSign(Graphics2D g, Legend.Sign sign, Rect box) {
        if (sign instanceof Legend.RatingSign rating) {
            paintRating(g, rating.rating(), box);
        } else if (sign instanceof Legend.BadgeSign badge) {
            g.setColor(CardPainter.badgeColor(badge.badge()));
            g.fill(IconShapes.icon(badge.badge().iconLiteral(), iconSlot(box.x(), box)));
        } else if (sign instanceof Legend.ChainSign chain) {
            paintChain(g, chain, box);
        } else if (sign instanceof Legend.BlueprintSign blueprint) {
            BlueprintPainter.paintSign(g, blueprint.link(), box);
        } else if (sign instanceof Legend.NoteSign note) {
            Rect paper = new Rect(box.x(), box.centerY() - 7, box.width() - 4, 14);
            g.setColor(Shapes.color(Palette.noteFill(note.kind())));
            g.fill(Shapes.roundRect(paper, 2));
            g.setColor(Shapes.color(Palette.NOTE_BORDER));
            g.setStroke(new BasicStroke(1));
            g.draw(Shapes.roundRect(paper, 2));
        }
    }

    /** The rating's colour edge, rounded on the left like a card's, and its icon beside it. */
    private static void paintRating(Graphics2D g, Rating rating, Rect box) {
        Rect edge = new Rect(box.x(), box.centerY() - EDGE_HEIGHT / 2, EDGE_WIDTH, EDGE_HEIGHT);
        g.setColor(Shapes.color(Palette.ratingColor(rating)));
        g.fill(Shapes.roundedCorners(edge, 3, 0, 0, 3));
        if (rating == Rating.UNRATED) {
            g.setColor(Shapes.color(Palette.UNRATED_BORDER));
            g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 2}, 0));
            g.draw(Shapes.roundedCorners(edge.inset(0.5), 2.5, 0, 0, 2.5));
        }
        g.setColor(CardPainter.ratingIconColor(rating));
        g.fill(IconShapes.icon(RatingIcons.iconLiteral(rating), iconSlot(edge.maxX() + 4, box)));
    }

    private static void paintChain(Graphics2D g, Legend.ChainSign chain, Rect box) {
        double y = box.centerY();
        double tipX = box.maxX() - 2;
        double headLength = 9;
        g.setColor(Shapes.color(chain.color()));
        g.setStroke(chain.dashed()
                ? new BasicStroke(ConnectorPainter.LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                        new float[] {7, 5}, 0)
                : new BasicStroke(ConnectorPainter.LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(box.x() + 1, y, tipX - headLength, y));
        g.fill(Shapes.polygon(List.of(new Point(tipX, y), new Point(tipX - headLength, y - 4.5),
                new Point(tipX - headLength, y + 4.5))));
    }

    private static Rect iconSlot(double x, Rect box) {
        return new Rect(x, box.centerY() - ICON_SIZE / 2, ICON_SIZE, ICON_SIZE);
    }
}
