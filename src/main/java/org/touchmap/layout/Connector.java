package org.touchmap.layout;

import java.util.List;

/**
 * An arrow of a chain between two cards.
 *
 * @param chainId           the chain the arrow belongs to
 * @param color             the chain's colour, {@code #rrggbb}
 * @param linkIndex         index of the link in the chain, or {@link #NEXT_CHAIN_LINK} for the next-chain arrow
 * @param fromTouchpointId  the card the arrow leaves
 * @param toTouchpointId    the card the arrow points at
 * @param points            the route, from a point on the first card's edge to a point on the second card's edge
 * @param path              the route to stroke: rounded corners, ending where the arrowhead begins
 * @param arrowTip          where the arrowhead touches the target card (the last of {@code points})
 * @param arrowAngle        direction the arrowhead points, in radians (0 = right, π/2 = down)
 * @param arrowHead         the arrowhead triangle: tip first
 * @param nextChain         whether this arrow leads from a chain's last card into its next chain
 */
public record Connector(String chainId, String color, int linkIndex, String fromTouchpointId,
                        String toTouchpointId, List<Point> points, List<PathCommand> path, Point arrowTip,
                        double arrowAngle, List<Point> arrowHead, boolean nextChain) {
    /** The {@link #linkIndex} of an arrow that leads into the next chain rather than being one of the chain's links. */
    public static final int NEXT_CHAIN_LINK = -1;

    public Connector {
        points = List.copyOf(points);
        path = List.copyOf(path);
        arrowHead = List.copyOf(arrowHead);
        if (points.size() < 2) {
            throw new IllegalArgumentException("A connector needs at least two points");
        }
    }

    public Point start() {
        return points.get(0);
    }
}
