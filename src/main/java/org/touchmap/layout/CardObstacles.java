package org.touchmap.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The cards as obstacles for connectors. Cards are kept in a grid of small squares over the map,
 * so a segment is only checked against the cards near it: on a map of tens of thousands of cards,
 * a cell of the map may hold a hundred cards, and checking every one of them for every step of
 * every route made routing take minutes.
 */
final class CardObstacles {
    /** How far a connector keeps from cards other than its own two ends. */
    static final double CLEARANCE = 2;
    /** The side of a square of the grid: about a card's height, so a square holds a few cards. */
    private static final double SQUARE = 120;
    /** At most this many squares along a side, however far apart the cards are. */
    private static final int MOST_SQUARES = 1024;

    private final double originX;
    private final double originY;
    private final double squareWidth;
    private final double squareHeight;
    private final int across;
    private final int down;
    private final List<CardBox>[] squares;
    /** Per square, the area its cards cover with their clearance: most segments miss it and skip the cards. */
    private final Rect[] squareCover;
    /** Squares visited and cards tested so far: the measure of work a routing budget counts. */
    private long work;

    @SuppressWarnings("unchecked")
    CardObstacles(List<CardBox> cards) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (CardBox card : cards) {
            Rect box = card.bounds();
            minX = Math.min(minX, box.x());
            minY = Math.min(minY, box.y());
            maxX = Math.max(maxX, box.maxX());
            maxY = Math.max(maxY, box.maxY());
        }
        boolean none = cards.isEmpty();
        originX = none ? 0 : minX - CLEARANCE;
        originY = none ? 0 : minY - CLEARANCE;
        double spanX = none ? 0 : maxX - minX + 2 * CLEARANCE;
        double spanY = none ? 0 : maxY - minY + 2 * CLEARANCE;
        across = (int) Math.max(1, Math.min(MOST_SQUARES, Math.ceil(spanX / SQUARE)));
        down = (int) Math.max(1, Math.min(MOST_SQUARES, Math.ceil(spanY / SQUARE)));
        squareWidth = Math.max(SQUARE, spanX / across);
        squareHeight = Math.max(SQUARE, spanY / down);
        squares = new List[across * down];
        squareCover = new Rect[across * down];
        for (CardBox card : cards) {
            Rect grown = grow(card.bounds(), CLEARANCE);
            for (int c = column(grown.x()); c <= column(grown.maxX()); c++) {
                for (int r = row(grown.y()); r <= row(grown.maxY()); r++) {
                    int square = r * across + c;
                    if (squares[square] == null) {
                        squares[square] = new ArrayList<>(4);
                    }
                    squares[square].add(card);
                    squareCover[square] = squareCover[square] == null ? grown : squareCover[square].union(grown);
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
        int firstColumn = column(Math.min(p.x(), q.x()) - margin);
        int lastColumn = column(Math.max(p.x(), q.x()) + margin);
        int firstRow = row(Math.min(p.y(), q.y()) - margin);
        int lastRow = row(Math.max(p.y(), q.y()) + margin);
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                int square = r * across + c;
                List<CardBox> cards = squares[square];
                work++;
                if (cards == null || !crossesInside(p, q, squareCover[square])) {
                    continue;
                }
                work += cards.size();
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

    /** Squares visited and cards tested by every check so far. */
    long work() {
        return work;
    }

    /** The column of squares a coordinate falls into; before the first counts as the first, after the last as the last. */
    private int column(double x) {
        return clamp((x - originX) / squareWidth, across);
    }

    private int row(double y) {
        return clamp((y - originY) / squareHeight, down);
    }

    private static int clamp(double index, int count) {
        if (!(index > 0)) {
            return 0;
        }
        return index >= count ? count - 1 : (int) index;
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
