package org.touchmap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every arrow end on a card's side a place of its own. Where several arrows meet one side —
 * two links joining one card, a link arriving where another leaves, both directions of a head-on
 * pair — their ends would fall on the same spot and one arrowhead would hide another, or lie
 * under the other arrow's line. Ends already far enough apart keep their places; otherwise they
 * are spread evenly around where they were, in the order of where their arrows come from, so
 * that the spread arrows do not cross each other.
 */
final class EndSpreading {
    /** Keeps an end away from a card's rounded corner. */
    static final double CORNER_KEEP_OUT = 6;
    private static final double ON_EDGE = 0.001;

    /** The edge of a card an arrow end lies on. */
    private enum Side {
        LEFT, RIGHT, TOP, BOTTOM;

        boolean vertical() {
            return this == LEFT || this == RIGHT;
        }
    }

    /** Where an arrow's two ends go along their card edges; NaN keeps the end where the route put it. */
    record Ends(double start, double end) {
        static final Ends AS_ROUTED = new Ends(Double.NaN, Double.NaN);

        double start(double routed) {
            return Double.isNaN(start) ? routed : start;
        }

        double end(double routed) {
            return Double.isNaN(end) ? routed : end;
        }

        boolean asRouted() {
            return Double.isNaN(start) && Double.isNaN(end);
        }
    }

    /** One end of one arrow on one side of a card. */
    private record End(int connector, boolean start, double along, double farAlong) {
    }

    private final double spacing;

    /** @param settings the arrowhead's width sets how far apart two ends must be */
    EndSpreading(LayoutSettings settings) {
        this.spacing = settings.arrowWidth() + 3;
    }

    /** For each of {@code connectors}, in order, where its ends go; {@link Ends#AS_ROUTED} for most. */
    List<Ends> spread(List<Connector> connectors, Map<String, CardBox> cards) {
        Map<String, List<End>> bySide = new LinkedHashMap<>();
        Map<String, Rect> sideCards = new LinkedHashMap<>();
        Map<String, Side> sides = new LinkedHashMap<>();
        for (int i = 0; i < connectors.size(); i++) {
            Connector connector = connectors.get(i);
            List<Point> points = connector.points();
            collect(bySide, sideCards, sides, cards.get(connector.fromTouchpointId()), i, true,
                    points.get(0), points.get(points.size() - 1));
            collect(bySide, sideCards, sides, cards.get(connector.toTouchpointId()), i, false,
                    points.get(points.size() - 1), points.get(0));
        }
        double[] starts = new double[connectors.size()];
        double[] ends = new double[connectors.size()];
        Arrays.fill(starts, Double.NaN);
        Arrays.fill(ends, Double.NaN);
        for (Map.Entry<String, List<End>> entry : bySide.entrySet()) {
            List<End> group = entry.getValue();
            if (group.size() < 2 || farEnoughApart(group)) {
                continue;
            }
            double[] places = places(group, sideCards.get(entry.getKey()), sides.get(entry.getKey()));
            group.sort(Comparator.comparingDouble(End::farAlong).thenComparingDouble(End::along)
                    .thenComparingInt(End::connector));
            for (int k = 0; k < group.size(); k++) {
                End end = group.get(k);
                (end.start() ? starts : ends)[end.connector()] = places[k];
            }
        }
        List<Ends> result = new ArrayList<>();
        for (int i = 0; i < connectors.size(); i++) {
            result.add(Double.isNaN(starts[i]) && Double.isNaN(ends[i]) ? Ends.AS_ROUTED : new Ends(starts[i], ends[i]));
        }
        return result;
    }

    private static void collect(Map<String, List<End>> bySide, Map<String, Rect> sideCards, Map<String, Side> sides,
                                CardBox card, int connector, boolean start, Point onEdge, Point far) {
        if (card == null) {
            return;
        }
        Side side = sideOf(card.bounds(), onEdge);
        if (side == null) {
            return;
        }
        String key = card.touchpointId() + "\n" + side;
        double along = side.vertical() ? onEdge.y() : onEdge.x();
        double farAlong = side.vertical() ? far.y() : far.x();
        bySide.computeIfAbsent(key, k -> new ArrayList<>()).add(new End(connector, start, along, farAlong));
        sideCards.put(key, card.bounds());
        sides.put(key, side);
    }

    private static Side sideOf(Rect card, Point p) {
        boolean withinX = p.x() >= card.x() - ON_EDGE && p.x() <= card.maxX() + ON_EDGE;
        boolean withinY = p.y() >= card.y() - ON_EDGE && p.y() <= card.maxY() + ON_EDGE;
        if (withinY && Math.abs(p.x() - card.x()) < ON_EDGE) {
            return Side.LEFT;
        }
        if (withinY && Math.abs(p.x() - card.maxX()) < ON_EDGE) {
            return Side.RIGHT;
        }
        if (withinX && Math.abs(p.y() - card.y()) < ON_EDGE) {
            return Side.TOP;
        }
        if (withinX && Math.abs(p.y() - card.maxY()) < ON_EDGE) {
            return Side.BOTTOM;
        }
        return null;
    }

    private boolean farEnoughApart(List<End> group) {
        double[] along = group.stream().mapToDouble(End::along).sorted().toArray();
        for (int k = 1; k < along.length; k++) {
            if (along[k] - along[k - 1] < spacing) {
                return false;
            }
        }
        return true;
    }

    /** Evenly spaced places around the ends' middle, moved or squeezed to stay off the card's corners. */
    private double[] places(List<End> group, Rect card, Side side) {
        double low = (side.vertical() ? card.y() : card.x()) + CORNER_KEEP_OUT;
        double high = (side.vertical() ? card.maxY() : card.maxX()) - CORNER_KEEP_OUT;
        int n = group.size();
        double step = Math.min(spacing, (high - low) / (n - 1));
        double middle = group.stream().mapToDouble(End::along).average().orElse((low + high) / 2);
        double first = middle - step * (n - 1) / 2;
        first = Math.max(low, Math.min(high - step * (n - 1), first));
        double[] places = new double[n];
        for (int k = 0; k < n; k++) {
            places[k] = first + k * step;
        }
        return places;
    }
}
