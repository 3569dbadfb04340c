package org.touchmap.layout;

import java.util.List;

/**
 * The direct shape of one arrow between two cards, before any detour around cards in its way:
 * forward to a later stage, back to an earlier one, straight down or up, or round beside cards
 * that touch. Each shape leaves and arrives where {@link EndSpreading} placed the arrow's ends.
 */
final class DirectRoutes {
    private static final double CORNER_KEEP_OUT = EndSpreading.CORNER_KEEP_OUT;

    private final LayoutSettings settings;

    DirectRoutes(LayoutSettings settings) {
        this.settings = settings;
    }

    /** The direct route from card {@code a} to card {@code b}, moved by the arrow's offset among its siblings. */
    List<Point> between(Rect a, Rect b, double offset, double rank, EndSpreading.Ends ends) {
        double gapBelow = b.y() - a.maxY();
        double gapAbove = a.y() - b.maxY();
        boolean apartVertically = Math.max(gapBelow, gapAbove) >= shortestVisibleRun();
        if (b.x() >= a.maxX()) {
            if (b.x() - a.maxX() >= shortestVisibleRun()) {
                return forward(a, b, offset, ends);
            }
            return apartVertically ? downOrUpThenAcross(a, b, offset, ends) : underBoth(a, b, offset, rank, ends);
        }
        if (b.maxX() <= a.x()) {
            return backward(a, b, offset, rank, ends);
        }
        if (gapBelow >= 0 || gapAbove >= 0) {
            if (!apartVertically) {
                return besideBoth(a, b, offset, rank, ends);
            }
            return vertical(a, b, offset, ends);
        }
        // The cards overlap; any line between them is as good as another.
        return List.of(new Point(a.maxX(), a.centerY()), new Point(b.x(), b.centerY()));
    }

    /** The shortest straight run between two cards on which an arrow can still be seen, head and all. */
    private double shortestVisibleRun() {
        return 1.5 * settings.arrowLength();
    }

    /**
     * Between cards one above the other with no room between them (a file may place them so): out of
     * the right edge, down or up beside them, and back into the target's right edge.
     */
    private List<Point> besideBoth(Rect a, Rect b, double offset, double rank, EndSpreading.Ends ends) {
        double sideX = Math.max(a.maxX(), b.maxX()) + settings.connectorApproach() + rank;
        double startY = ends.start(clampY(a, a.centerY() + offset));
        double endY = ends.end(clampY(b, b.centerY() + offset));
        return List.of(new Point(a.maxX(), startY), new Point(sideX, startY), new Point(sideX, endY),
                new Point(b.maxX(), endY));
    }

    /** Between cards side by side with no room between them: out of the bottom edge, under both, up into the target. */
    private List<Point> underBoth(Rect a, Rect b, double offset, double rank, EndSpreading.Ends ends) {
        double underY = Math.max(a.maxY(), b.maxY()) + settings.connectorApproach() + rank;
        double startX = ends.start(a.centerX() + offset);
        double endX = ends.end(b.centerX() + offset);
        return List.of(new Point(startX, a.maxY()), new Point(startX, underY), new Point(endX, underY),
                new Point(endX, b.maxY()));
    }

    /** To a card on the right that touches the source's side but lies lower or higher: down or up, then across into it. */
    private List<Point> downOrUpThenAcross(Rect a, Rect b, double offset, EndSpreading.Ends ends) {
        boolean down = b.y() >= a.maxY();
        double x = ends.start(a.centerX() + offset);
        double y = ends.end(clampY(b, b.centerY() + offset));
        return List.of(new Point(x, down ? a.maxY() : a.y()), new Point(x, y), new Point(b.x(), y));
    }

    /** Right edge to left edge; a vertical run just before the target when the cards are not level. */
    private List<Point> forward(Rect a, Rect b, double offset, EndSpreading.Ends ends) {
        Point start = new Point(a.maxX(), ends.start(clampY(a, a.centerY() + offset)));
        Point end = new Point(b.x(), ends.end(clampY(b, b.centerY() + offset)));
        if (Math.abs(start.y() - end.y()) < 0.5) {
            return List.of(start, new Point(end.x(), start.y()));
        }
        double gap = b.x() - a.maxX();
        // Parallel arrows turn at staggered x so that their vertical runs do not cross each other's horizontals.
        double turnX = b.x() - Math.min(gap / 2, settings.connectorApproach())
                - offset * Math.signum(end.y() - start.y());
        turnX = Math.max(a.maxX(), Math.min(b.x(), turnX));
        return List.of(start, new Point(turnX, start.y()), new Point(turnX, end.y()), end);
    }

    /**
     * Back to an earlier stage. Leaves the card at the quarter nearer the target, so the arrow does not
     * collide with one arriving at the middle of the same edge.
     */
    private List<Point> backward(Rect a, Rect b, double offset, double rank, EndSpreading.Ends ends) {
        double startX = ends.start(a.x() + a.width() / 4 + offset);
        if (b.maxY() <= a.y() || b.y() >= a.maxY()) {
            boolean upwards = b.maxY() <= a.y();
            // Arrives off the middle, on the side it comes from: the middle of the edge is where
            // a forward arrow leaves, and the two would run into each other.
            double y = ends.end(clampY(b, b.centerY() + (upwards ? 1 : -1) * b.height() / 4 + offset));
            return List.of(new Point(startX, upwards ? a.y() : a.maxY()), new Point(startX, y),
                    new Point(b.maxX(), y));
        }
        // Level with the target: go over the cards in between, above both cards.
        double over = Math.min(a.y(), b.y()) - settings.connectorClearance() - rank;
        double outerStartX = ends.start(a.x() + a.width() / 4 + rank);
        double endX = ends.end(b.maxX() - b.width() / 4 - rank);
        return List.of(new Point(outerStartX, a.y()), new Point(outerStartX, over), new Point(endX, over),
                new Point(endX, b.y()));
    }

    /**
     * Straight down or up between cards one above the other; when their ends were spread to
     * different places, with a jog near the source so the run into the target stays long enough
     * for its head.
     */
    private List<Point> vertical(Rect a, Rect b, double offset, EndSpreading.Ends ends) {
        boolean down = b.y() >= a.maxY();
        // An end moved aside takes the other end along while both cards are there, so the arrow stays straight.
        double x = overlapCenterX(a, b) + offset;
        double low = Math.max(a.x(), b.x()) + CORNER_KEEP_OUT;
        double high = Math.min(a.maxX(), b.maxX()) - CORNER_KEEP_OUT;
        double startX = ends.start(Double.isNaN(ends.end()) ? x : clamp(ends.end(), low, high));
        double endX = ends.end(Double.isNaN(ends.start()) ? x : clamp(ends.start(), low, high));
        double fromY = down ? a.maxY() : a.y();
        double toY = down ? b.y() : b.maxY();
        if (Math.abs(startX - endX) < 0.5) {
            return List.of(new Point(startX, fromY), new Point(startX, toY));
        }
        double jogY = fromY + (toY - fromY) / 3;
        return List.of(new Point(startX, fromY), new Point(startX, jogY), new Point(endX, jogY),
                new Point(endX, toY));
    }

    private static double overlapCenterX(Rect a, Rect b) {
        return (Math.max(a.x(), b.x()) + Math.min(a.maxX(), b.maxX())) / 2;
    }

    private static double clamp(double value, double low, double high) {
        return low > high ? (low + high) / 2 : Math.max(low, Math.min(high, value));
    }

    private static double clampY(Rect card, double y) {
        double keepOut = Math.min(CORNER_KEEP_OUT, card.height() / 2);
        return Math.max(card.y() + keepOut, Math.min(card.maxY() - keepOut, y));
    }
}
