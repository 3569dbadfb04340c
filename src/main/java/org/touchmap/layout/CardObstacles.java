package org.touchmap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cards as obstacles for connectors. Cards are kept per cell of the grid, so a segment is only
 * checked against the cards of the cells it passes, which keeps routing quick on large maps.
 */
final class CardObstacles {
    /** How far a connector keeps from cards other than its own two ends. */
    static final double CLEARANCE = 2;

    private final double[] columnEdges;
    private final double[] rowEdges;
    private final List<CardBox>[][] cells;
    /** Per cell, the area its cards cover with their clearance: most segments miss it and skip the cards. */
    private final Rect[][] cellCover;

    @SuppressWarnings("unchecked")
    CardObstacles(List<StageColumn> columns, List<LaneRow> rows, List<CardBox> cards) {
        columnEdges = new double[columns.size()];
        for (int i = 0; i < columnEdges.length; i++) {
            columnEdges[i] = columns.get(i).x();
        }
        rowEdges = new double[rows.size()];
        for (int i = 0; i < rowEdges.length; i++) {
            rowEdges[i] = rows.get(i).y();
        }
        cells = new List[Math.max(1, columns.size())][Math.max(1, rows.size())];
        cellCover = new Rect[cells.length][cells[0].length];
        for (CardBox card : cards) {
            Rect box = card.bounds();
            for (int c = cellIndex(columnEdges, box.x()); c <= cellIndex(columnEdges, box.maxX()); c++) {
                for (int r = cellIndex(rowEdges, box.y()); r <= cellIndex(rowEdges, box.maxY()); r++) {
                    if (cells[c][r] == null) {
                        cells[c][r] = new ArrayList<>();
                    }
                    cells[c][r].add(card);
                    Rect grown = grow(box, CLEARANCE);
                    cellCover[c][r] = cellCover[c][r] == null ? grown : cellCover[c][r].union(grown);
                }
            }
        }
    }

    /** Whether any segment of the route passes through a card; its own end cards only count inside. */
    boolean blocks(List<Point> route, String fromId, String toId) {
        for (int i = 1; i < route.size(); i++) {
            if (blocks(route.get(i - 1), route.get(i), fromId, toId)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the segment from {@code p} to {@code q} passes through a card; touching an edge does not count. */
    boolean blocks(Point p, Point q, String fromId, String toId) {
        double margin = CLEARANCE;
        int firstColumn = cellIndex(columnEdges, Math.min(p.x(), q.x()) - margin);
        int lastColumn = cellIndex(columnEdges, Math.max(p.x(), q.x()) + margin);
        int firstRow = cellIndex(rowEdges, Math.min(p.y(), q.y()) - margin);
        int lastRow = cellIndex(rowEdges, Math.max(p.y(), q.y()) + margin);
        for (int c = firstColumn; c <= lastColumn; c++) {
            for (int r = firstRow; r <= lastRow; r++) {
                List<CardBox> cards = cells[c][r];
                if (cards == null || !crossesInside(p, q, cellCover[c][r])) {
                    continue;
                }
                for (CardBox card : cards) {
                    boolean ownEnd = card.touchpointId().equals(fromId) || card.touchpointId().equals(toId);
                    Rect box = ownEnd ? card.bounds() : grow(card.bounds(), margin);
                    if (crossesInside(p, q, box)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * How far one can go from {@code from} in a direction before meeting a card (other than the
     * connector's own ends), up to {@code limit}.
     */
    double freeDistance(Point from, double dx, double dy, double limit, String fromId, String toId) {
        double low = 0;
        double high = limit;
        if (!blocks(from, along(from, dx, dy, high), fromId, toId)) {
            return limit;
        }
        // Halving is plenty: the answer only chooses where a short stub turns, to a pixel.
        while (high - low > 0.5) {
            double middle = (low + high) / 2;
            if (blocks(from, along(from, dx, dy, middle), fromId, toId)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return low;
    }

    private static Point along(Point from, double dx, double dy, double distance) {
        return new Point(from.x() + dx * distance, from.y() + dy * distance);
    }

    private static Rect grow(Rect box, double margin) {
        return new Rect(box.x() - margin, box.y() - margin, box.width() + 2 * margin, box.height() + 2 * margin);
    }

    /** The column or row a coordinate falls into; before the first counts as the first, after the last as the last. */
    private static int cellIndex(double[] edges, double value) {
        if (edges.length == 0) {
            return 0;
        }
        int found = Arrays.binarySearch(edges, value);
        int index = found >= 0 ? found : -found - 2;
        return Math.max(0, Math.min(edges.length - 1, index));
    }

    /**
     * Liang–Barsky clipping against the open rectangle: true when a piece of the segment of some
     * length lies inside, so running along an edge or touching a corner does not count.
     */
    static boolean crossesInside(Point p, Point q, Rect box) {
        double[] range = {0, 1};
        return clip(p.x(), q.x() - p.x(), box.x(), box.maxX(), range)
                && clip(p.y(), q.y() - p.y(), box.y(), box.maxY(), range)
                && range[1] - range[0] > 1e-9;
    }

    private static boolean clip(double start, double delta, double low, double high, double[] range) {
        if (delta == 0) {
            return start > low && start < high;
        }
        double t0 = (low - start) / delta;
        double t1 = (high - start) / delta;
        range[0] = Math.max(range[0], Math.min(t0, t1));
        range[1] = Math.min(range[1], Math.max(t0, t1));
        return range[0] < range[1];
    }
}
