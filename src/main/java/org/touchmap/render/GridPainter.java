package org.touchmap.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;

import org.touchmap.layout.LaneIcons;
import org.touchmap.layout.LaneRow;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Palette;
import org.touchmap.layout.PhaseBand;
import org.touchmap.layout.Rect;
import org.touchmap.layout.Segment;
import org.touchmap.layout.StageColumn;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Stage;

/**
 * The frame the cards sit in, as the canvas draws it: title, persona, row tints, grid lines, the phase
 * band, stage headers (name in bold, the customer's question in italics) and lane headers.
 */
final class GridPainter {
    private static final double STAGE_ACCENT_HEIGHT = 3;
    private static final double HEADER_RADIUS = 4;
    private static final double LANE_PADDING_LEFT = 12;
    private static final double LANE_PADDING_RIGHT = 10;
    private static final double EMPTY_NOTE_WIDTH = 520;

    /** Opacity of a lane's own colour over its row, {@code 22} in the canvas's {@code #rrggbb22}. */
    private static final double LANE_TINT_OPACITY = 0x22 / 255.0;

    private final JourneyMap map;
    private final MapLayout layout;
    private final RenderMessages messages;

    GridPainter(JourneyMap map, MapLayout layout, RenderMessages messages) {
        this.map = map;
        this.layout = layout;
        this.messages = messages;
    }

    void paint(Graphics2D g, boolean transparentBackground) {
        for (LaneRow row : layout.rows()) {
            paintRowTint(g, map.lane(row.laneId()), row, transparentBackground);
        }
        g.setColor(Shapes.color(Palette.GRID_LINE));
        g.setStroke(new BasicStroke(1));
        for (Segment line : layout.gridLines()) {
            g.draw(new Line2D.Double(line.from().x(), line.from().y(), line.to().x(), line.to().y()));
        }
        TextPainter.line(g, map.title(), RenderFonts.bold(RenderFonts.TITLE_SIZE), Shapes.color(Palette.TEXT),
                layout.titleBox(), TextPainter.Align.CENTER_LEFT);
        layout.personaBand().ifPresent(band -> new PersonaPainter(messages).paint(g, map.persona(), band));
        for (PhaseBand band : layout.phaseBands()) {
            paintPhase(g, band);
        }
        for (StageColumn column : layout.columns()) {
            paintStageHeader(g, map.stage(column.stageId()), column);
        }
        for (LaneRow row : layout.rows()) {
            paintLaneHeader(g, map.lane(row.laneId()), row);
        }
        emptyNote(layout).ifPresent(box -> TextPainter.wrapped(g, messages.get("empty"), RenderFonts.regular(14),
                Shapes.color(Palette.MUTED_TEXT), box, TextPainter.Align.TOP_LEFT));
    }

    /**
     * Odd rows are tinted so a row reads across a wide map; a lane with a colour of its own tints
     * its row with that colour instead.
     */
    private static void paintRowTint(Graphics2D g, Lane lane, LaneRow row, boolean transparentBackground) {
        if (lane.color() != null) {
            g.setColor(Shapes.color(lane.color(), LANE_TINT_OPACITY));
        } else if (row.index() % 2 == 1) {
            g.setColor(Shapes.color(Palette.ROW_TINT));
        } else if (!transparentBackground) {
            g.setColor(Shapes.color(Palette.CANVAS_BACKGROUND));
        } else {
            return;
        }
        g.fill(Shapes.rect(row.body()));
    }

    private static void paintPhase(Graphics2D g, PhaseBand band) {
        g.setColor(Shapes.color(Palette.PHASE_FILL));
        g.fill(Shapes.roundRect(band.bounds(), HEADER_RADIUS));
        TextPainter.line(g, band.phase(), RenderFonts.bold(RenderFonts.PHASE_SIZE), Shapes.color(Palette.TEXT),
                band.bounds().inset(0, 6, 0, 6), TextPainter.Align.CENTER);
    }

    private static void paintStageHeader(Graphics2D g, Stage stage, StageColumn column) {
        Rect header = column.header();
        String accent = stage.color() != null ? stage.color() : Palette.STAGE_HEADER_ACCENT;
        g.setColor(Shapes.color(accent));
        g.fill(Shapes.roundedCorners(header, HEADER_RADIUS, HEADER_RADIUS, 0, 0));
        g.setColor(Shapes.color(Palette.STAGE_HEADER_FILL));
        g.fill(Shapes.rect(header.inset(STAGE_ACCENT_HEIGHT, 0, 0, 0)));
        TextPainter.line(g, stage.name(), RenderFonts.bold(RenderFonts.STAGE_NAME_SIZE), Shapes.color(Palette.TEXT),
                column.nameBox(), TextPainter.Align.TOP_LEFT);
        if (!stage.customerQuestion().isBlank()) {
            TextPainter.wrapped(g, stage.customerQuestion(), RenderFonts.italic(RenderFonts.QUESTION_SIZE),
                    Shapes.color(Palette.MUTED_TEXT), column.questionBox(), TextPainter.Align.TOP_LEFT);
        }
    }

    private static void paintLaneHeader(Graphics2D g, Lane lane, LaneRow row) {
        Rect header = row.header();
        g.setColor(Shapes.color(Palette.LANE_HEADER_FILL));
        g.fill(Shapes.roundedCorners(header, HEADER_RADIUS, 0, 0, HEADER_RADIUS));
        TextPainter.wrapped(g, lane.name(), RenderFonts.bold(RenderFonts.LANE_SIZE), Shapes.color(Palette.TEXT),
                header.inset(0, LANE_PADDING_RIGHT, 0, LANE_PADDING_LEFT + LaneIcons.nameIndent(row)),
                TextPainter.Align.CENTER_LEFT);
        g.setColor(Shapes.color(Palette.MUTED_TEXT));
        g.fill(IconShapes.icon(LaneIcons.iconLiteral(row.kind()), LaneIcons.box(row)));
    }

    /**
     * Where "this map has no stages or no lanes yet" goes on a map without cells: beside the lane
     * headers if there are any, wide enough to read, so the picture makes room for it.
     */
    static java.util.Optional<Rect> emptyNote(MapLayout layout) {
        if (!layout.columns().isEmpty() && !layout.rows().isEmpty()) {
            return java.util.Optional.empty();
        }
        Rect grid = layout.grid();
        double x = layout.rows().isEmpty() ? layout.titleBox().x() : grid.x();
        double width = Math.max(EMPTY_NOTE_WIDTH, grid.width());
        return java.util.Optional.of(new Rect(x, grid.y() + 12, width, layout.settings().minRowHeight()));
    }
}
