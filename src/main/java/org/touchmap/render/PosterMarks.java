package org.touchmap.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.Optional;

import org.touchmap.layout.Palette;
import org.touchmap.layout.Rect;

/**
 * What a poster page carries in its margin: cut marks at the corners of the printed part, marks
 * where the neighbouring page's part begins (the strip both pages show, for gluing), and the
 * page's place in the poster.
 */
final class PosterMarks {
    private static final double MARK_LENGTH = 14;
    private static final double MARK_GAP = 3;
    private static final float LABEL_SIZE = 8;
    private static final BasicStroke CUT = new BasicStroke(0.5f);
    private static final BasicStroke OVERLAP = new BasicStroke(0.75f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10, new float[] {2, 2}, 0);

    private PosterMarks() {
    }

    /**
     * Draws the marks of {@code tile} on its page; {@code printed} is where the tile's part of the
     * picture lies on the page, in page coordinates with the origin at the top left.
     */
    static void paint(Graphics2D g, PosterTiling.Plan plan, PosterTiling.Tile tile, Rect printed,
                      RenderMessages messages) {
        MapPainter.applyQualityHints(g);
        g.setColor(Shapes.color(Palette.TEXT));
        g.setStroke(CUT);
        cornerMarks(g, printed.x(), printed.y(), -1, -1);
        cornerMarks(g, printed.maxX(), printed.y(), 1, -1);
        cornerMarks(g, printed.x(), printed.maxY(), -1, 1);
        cornerMarks(g, printed.maxX(), printed.maxY(), 1, 1);

        g.setColor(Shapes.color(Palette.MUTED_TEXT));
        g.setStroke(OVERLAP);
        boolean overlaps = false;
        Optional<PosterTiling.Tile> right = neighbour(plan, tile.row(), tile.column() + 1);
        if (right.isPresent()) {
            double x = printed.x() + right.get().area().x() - tile.area().x();
            verticalMarks(g, x, printed);
            overlaps = true;
        }
        Optional<PosterTiling.Tile> below = neighbour(plan, tile.row() + 1, tile.column());
        if (below.isPresent()) {
            double y = printed.y() + below.get().area().y() - tile.area().y();
            horizontalMarks(g, y, printed);
            overlaps = true;
        }

        var font = RenderFonts.regular(LABEL_SIZE);
        double labelY = printed.maxY() + MARK_GAP + MARK_LENGTH + 2;
        Rect labelBox = new Rect(printed.x(), labelY, printed.width() / 2, TextLines.lineHeight(font));
        int page = plan.tiles().indexOf(tile) + 1;
        TextPainter.line(g, messages.format("poster.page", page, plan.pageCount(), tile.row() + 1,
                tile.column() + 1), font, Shapes.color(Palette.MUTED_TEXT), labelBox, TextPainter.Align.TOP_LEFT);
        if (overlaps) {
            String hint = TextLines.singleLine(messages.get("poster.glue"), font, printed.width() / 2 - 8);
            double hintWidth = TextLines.width(hint, font);
            TextPainter.line(g, hint, font, Shapes.color(Palette.MUTED_TEXT),
                    new Rect(printed.maxX() - hintWidth, labelY, hintWidth + 1, labelBox.height()),
                    TextPainter.Align.TOP_LEFT);
        }
    }

    private static Optional<PosterTiling.Tile> neighbour(PosterTiling.Plan plan, int row, int column) {
        return plan.tiles().stream().filter(t -> t.row() == row && t.column() == column).findFirst();
    }

    /** Two short lines out from a corner into the margin, along both edges, leaving the picture clean. */
    private static void cornerMarks(Graphics2D g, double x, double y, int outX, int outY) {
        g.draw(new Line2D.Double(x + outX * MARK_GAP, y, x + outX * (MARK_GAP + MARK_LENGTH), y));
        g.draw(new Line2D.Double(x, y + outY * MARK_GAP, x, y + outY * (MARK_GAP + MARK_LENGTH)));
    }

    private static void verticalMarks(Graphics2D g, double x, Rect printed) {
        g.draw(new Line2D.Double(x, printed.y() - MARK_GAP, x, printed.y() - MARK_GAP - MARK_LENGTH));
        g.draw(new Line2D.Double(x, printed.maxY() + MARK_GAP, x, printed.maxY() + MARK_GAP + MARK_LENGTH));
    }

    private static void horizontalMarks(Graphics2D g, double y, Rect printed) {
        g.draw(new Line2D.Double(printed.x() - MARK_GAP, y, printed.x() - MARK_GAP - MARK_LENGTH, y));
        g.draw(new Line2D.Double(printed.maxX() + MARK_GAP, y, printed.maxX() + MARK_GAP + MARK_LENGTH, y));
    }
}
