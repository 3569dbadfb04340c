package org.touchmap.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

import java.util.Map;

import org.touchmap.analysis.StageFigures;
import org.touchmap.layout.EmotionLane;
import org.touchmap.layout.FigureCell;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.NoteBox;
import org.touchmap.layout.Palette;
import org.touchmap.layout.Segment;
import org.touchmap.model.JourneyMap;

/**
 * Draws what the metrics and emotion lanes show: each stage's figures as lines of text, and the
 * curve of the stages' average emotion over a faint zero line, a dot per stage in its rating's colour.
 */
final class LaneContentPainter {
    private static final BasicStroke CURVE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke ZERO_LINE = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {4f, 4f}, 0f);

    private LaneContentPainter() {
    }

    static void paint(Graphics2D g, JourneyMap map, MapLayout layout, RenderMessages messages) {
        Font font = RenderFonts.regular((float) NoteBox.FONT_SIZE);
        Map<String, StageFigures> figures = layout.figureCells().isEmpty() ? Map.of() : StageFigures.of(map);
        for (FigureCell cell : layout.figureCells()) {
            StageFigures stage = figures.get(cell.stageId());
            if (stage == null) {
                continue;
            }
            g.setFont(font);
            g.setColor(Shapes.color(Palette.TEXT));
            double baseline = cell.box().y() + NoteBox.PADDING + TextLines.ascent(font);
            for (String line : stage.lines(messages.locale())) {
                g.drawString(TextPainter.printable(TextLines.singleLine(line, font, cell.box().width())),
                        (float) cell.box().x(), (float) baseline);
                baseline += NoteBox.LINE_HEIGHT;
            }
        }
        for (EmotionLane lane : layout.emotionLanes()) {
            paintCurve(g, lane);
        }
    }

    private static void paintCurve(Graphics2D g, EmotionLane lane) {
        Segment zero = lane.zeroLine();
        g.setColor(Shapes.color(Palette.MUTED_TEXT));
        g.setStroke(ZERO_LINE);
        g.draw(new Line2D.Double(zero.from().x(), zero.from().y(), zero.to().x(), zero.to().y()));
        if (lane.points().size() > 1) {
            Path2D curve = new Path2D.Double();
            curve.moveTo(lane.points().get(0).at().x(), lane.points().get(0).at().y());
            lane.points().stream().skip(1).forEach(point -> curve.lineTo(point.at().x(), point.at().y()));
            g.setColor(Shapes.color(Palette.TEXT));
            g.setStroke(CURVE);
            g.draw(curve);
        }
        double r = EmotionLane.DOT_RADIUS;
        for (EmotionLane.Point point : lane.points()) {
            var dot = new Ellipse2D.Double(point.at().x() - r, point.at().y() - r, 2 * r, 2 * r);
            g.setColor(Shapes.color(Palette.ratingColor(point.tone())));
            g.fill(dot);
            g.setColor(Shapes.color(Palette.CARD_FILL));
            g.setStroke(new BasicStroke(1.5f));
            g.draw(dot);
        }
    }
}
