package org.touchmap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/**
 * Places a journey map on a plane: title on top, the persona band under it when the map has a
 * persona, then the phase band, the stage headers, and a grid
 * of cells (stage columns × lane rows) with lane headers on the left. A column is as wide as the
 * stage's preferred width says, or the minimum width when it has none, but never narrower than its
 * widest card needs; a row is as tall as its tallest card needs. So no card leaves its cell.
 */
public final class MapLayouter {
    /** Space left between neighbouring header boxes, so each reads as its own box. */
    private static final double HEADER_SPACING = 2;
    private static final double HEADER_PADDING = 10;
    private static final double STAGE_NAME_HEIGHT = 20;
    /** Two lines of the analysis overlay's badge: the share of negative cards and, on one stage, the biggest leak. */
    static final double STAGE_BADGE_SLOT_HEIGHT = 30;
    private static final double BADGE_SLOT_INSET = 3;

    private MapLayouter() {
    }

    public static MapLayout layout(JourneyMap map, LayoutSettings settings) {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(settings, "settings");
        return new MapLayouter.Run(map, settings, true).layout();
    }

    /**
     * The layout without its arrows, which never change its size: routing is most of the work on a
     * large map, and an export that will refuse a picture too large can tell without it.
     */
    public static MapLayout layoutWithoutArrows(JourneyMap map, LayoutSettings settings) {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(settings, "settings");
        return new MapLayouter.Run(map, settings, false).layout();
    }

    /** The state of one layout pass. */
    private static final class Run {
        private final JourneyMap map;
        private final LayoutSettings settings;
        private final List<Stage> stages;
        private final List<Lane> lanes;
        private final boolean arrows;

        Run(JourneyMap map, LayoutSettings settings, boolean arrows) {
            this.map = map;
            this.settings = settings;
            this.arrows = arrows;
            this.stages = map.stages();
            this.lanes = map.lanes();
        }

        MapLayout layout() {
            double[] columnWidths = columnWidths();
            NoteStacks notes = NoteStacks.of(map, stages, columnWidths, settings);
            LaneFigures figures = new LaneFigures(settings);
            double[] rowHeights = rowHeights(notes, figures);
            double gridWidth = sum(columnWidths);
            double gridHeight = sum(rowHeights);

            double left = settings.margin();
            double gridLeft = left + settings.laneHeaderWidth() + settings.headerGap();
            double y = settings.margin();
            Rect titleBox = new Rect(left, y, gridLeft - left + gridWidth, settings.titleHeight());
            y = titleBox.maxY();
            PersonaBand personaBand = null;
            if (!map.persona().isEmpty()) {
                personaBand = PersonaBand.place(map.persona(), left, y, titleBox.width());
                y = personaBand.bounds().maxY();
            }
            double phaseTop = y;
            if (hasPhases()) {
                y += settings.phaseBandHeight();
            }
            double headerTop = y;
            double gridTop = headerTop + settings.stageHeaderHeight() + settings.headerGap();
            Rect grid = new Rect(gridLeft, gridTop, gridWidth, gridHeight);

            List<StageColumn> columns = columns(columnWidths, grid, headerTop);
            List<LaneRow> rows = rows(rowHeights, grid, left);
            List<PhaseBand> bands = phaseBands(columns, phaseTop);
            List<CardBox> cards = cards(columns, rows);
            List<NoteBox> noteBoxes = notes.place(columns, rows);
            Map<String, CardBox> cardsById = new HashMap<>();
            cards.forEach(card -> cardsById.put(card.touchpointId(), card));
            List<Connector> connectors = arrows
                    ? new ConnectorRouter(settings, cardsById, columns, rows).route(map.chains()) : List.of();

            Rect bounds = new Rect(0, 0, grid.maxX() + settings.margin(), grid.maxY() + settings.margin());
            return new MapLayout(settings, bounds, titleBox, personaBand, grid, bands, columns, rows, cards, noteBoxes,
                    connectors, gridLines(columns, rows, grid, left),
                    new MapLayout.LaneContents(figures.cells(columns, rows),
                            LaneFigures.emotionLanes(map, columns, rows, cardsById, settings)));
        }

        private double[] columnWidths() {
            Map<String, Double> widest = new HashMap<>();
            for (Touchpoint tp : placeableTouchpoints()) {
                widest.merge(tp.stageId(), Math.max(0, tp.x()) + settings.cardWidth(), Math::max);
            }
            double[] widths = new double[stages.size()];
            for (int i = 0; i < widths.length; i++) {
                double cards = widest.getOrDefault(stages.get(i).id(), 0.0);
                widths[i] = Math.max(preferredWidth(stages.get(i)), cards + 2 * settings.cellPadding());
            }
            return widths;
        }

        /** A preferred width below one card's room would leave no space to drop a card, so it counts as that. */
        private double preferredWidth(Stage stage) {
            Double preferred = stage.width();
            return preferred == null ? settings.minColumnWidth()
                    : Math.max(preferred, settings.narrowestColumnWidth());
        }

        private double[] rowHeights(NoteStacks notes, LaneFigures figures) {
            Map<String, Double> tallest = new HashMap<>();
            for (Touchpoint tp : placeableTouchpoints()) {
                tallest.merge(tp.laneId(), Math.max(0, tp.y()) + settings.cardHeight(), Math::max);
            }
            double[] heights = new double[lanes.size()];
            for (int i = 0; i < heights.length; i++) {
                if (lanes.get(i).folded()) {
                    heights[i] = LaneRow.FOLDED_HEIGHT;
                    continue;
                }
                double cards = tallest.getOrDefault(lanes.get(i).id(), 0.0);
                heights[i] = Math.max(Math.max(settings.minRowHeight(), cards + 2 * settings.cellPadding()),
                        Math.max(notes.rowHeight(lanes.get(i).id()), figures.rowHeight(lanes.get(i))));
            }
            return heights;
        }

        /** Touchpoints whose stage and lane are on the map; others cannot be placed and are left out. */
        private List<Touchpoint> placeableTouchpoints() {
            return map.touchpoints().stream()
                    .filter(tp -> map.findStage(tp.stageId()).isPresent()
                            && map.findLane(tp.laneId()).filter(lane -> !lane.folded()).isPresent())
                    .toList();
        }

        private boolean hasPhases() {
            return stages.stream().anyMatch(stage -> stage.phase() != null);
        }

        private List<StageColumn> columns(double[] widths, Rect grid, double headerTop) {
            List<StageColumn> columns = new ArrayList<>();
            double x = grid.x();
            for (int i = 0; i < widths.length; i++) {
                Rect header = new Rect(x, headerTop, widths[i], settings.stageHeaderHeight())
                        .inset(0, HEADER_SPACING / 2, 0, HEADER_SPACING / 2);
                Rect inner = header.inset(HEADER_PADDING - 2, HEADER_PADDING, HEADER_PADDING - 4, HEADER_PADDING);
                Rect nameBox = new Rect(inner.x(), inner.y(), inner.width(), Math.min(STAGE_NAME_HEIGHT, inner.height()));
                double badgeHeight = Math.min(STAGE_BADGE_SLOT_HEIGHT, inner.height() - nameBox.height());
                Rect questionBox = inner.inset(nameBox.height(), 0, badgeHeight, 0);
                // As wide as the header allows: a badge's words are longer than the padding is worth.
                Rect badgeBox = new Rect(header.x() + BADGE_SLOT_INSET, questionBox.maxY(),
                        Math.max(0, header.width() - 2 * BADGE_SLOT_INSET), badgeHeight);
                Rect body = new Rect(x, grid.y(), widths[i], grid.height());
                columns.add(new StageColumn(stages.get(i).id(), i, header, nameBox, questionBox, badgeBox, body));
                x += widths[i];
            }
            return columns;
        }

        private List<LaneRow> rows(double[] heights, Rect grid, double left) {
            List<LaneRow> rows = new ArrayList<>();
            double y = grid.y();
            for (int i = 0; i < heights.length; i++) {
                Rect header = new Rect(left, y, settings.laneHeaderWidth(), heights[i])
                        .inset(HEADER_SPACING / 2, 0, HEADER_SPACING / 2, 0);
                rows.add(new LaneRow(lanes.get(i).id(), i, header, new Rect(grid.x(), y, grid.width(), heights[i]),
                        lanes.get(i).kind(), lanes.get(i).folded()));
                y += heights[i];
            }
            return rows;
        }

        /** One segment per run of consecutive stages with the same phase; stages without a phase get none. */
        private List<PhaseBand> phaseBands(List<StageColumn> columns, double top) {
            List<PhaseBand> bands = new ArrayList<>();
            int i = 0;
            while (i < stages.size()) {
                String phase = stages.get(i).phase();
                int last = i;
                while (phase != null && last + 1 < stages.size() && phase.equals(stages.get(last + 1).phase())) {
                    last++;
                }
                if (phase != null) {
                    double x = columns.get(i).x();
                    double width = columns.get(last).body().maxX() - x;
                    Rect band = new Rect(x, top, width, settings.phaseBandHeight())
                            .inset(0, HEADER_SPACING / 2, settings.headerGap(), HEADER_SPACING / 2);
                    bands.add(new PhaseBand(phase, i, last, band));
                }
                i = last + 1;
            }
            return bands;
        }

        private List<CardBox> cards(List<StageColumn> columns, List<LaneRow> rows) {
            Map<String, StageColumn> columnsById = new LinkedHashMap<>();
            columns.forEach(column -> columnsById.put(column.stageId(), column));
            Map<String, LaneRow> rowsById = new LinkedHashMap<>();
            rows.forEach(row -> rowsById.put(row.laneId(), row));
            List<CardBox> cards = new ArrayList<>();
            for (Touchpoint tp : placeableTouchpoints()) {
                StageColumn column = columnsById.get(tp.stageId());
                LaneRow row = rowsById.get(tp.laneId());
                Point corner = CardCorner.of(column.x(), row.y(), tp.x(), tp.y(), settings);
                cards.add(new CardBox(tp.id(), tp.stageId(), tp.laneId(),
                        new Rect(corner.x(), corner.y(), settings.cardWidth(), settings.cardHeight())));
            }
            return cards;
        }

        private static List<Segment> gridLines(List<StageColumn> columns, List<LaneRow> rows, Rect grid, double left) {
            List<Segment> lines = new ArrayList<>();
            if (columns.isEmpty() || rows.isEmpty()) {
                return lines;
            }
            for (StageColumn column : columns) {
                lines.add(vertical(column.x(), grid.y(), grid.maxY()));
            }
            lines.add(vertical(grid.maxX(), grid.y(), grid.maxY()));
            for (LaneRow row : rows) {
                lines.add(horizontal(row.y(), left, grid.maxX()));
            }
            lines.add(horizontal(grid.maxY(), left, grid.maxX()));
            return lines;
        }

        private static Segment vertical(double x, double fromY, double toY) {
            return new Segment(new Point(x, fromY), new Point(x, toY));
        }

        private static Segment horizontal(double y, double fromX, double toX) {
            return new Segment(new Point(fromX, y), new Point(toX, y));
        }

        private static double sum(double[] values) {
            double total = 0;
            for (double value : values) {
                total += value;
            }
            return total;
        }
    }
}
