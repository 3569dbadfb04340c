package org.touchmap.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the parts of a card go, relative to the card's top-left corner. Every card has the same
 * anatomy, so it is computed once per layout.
 *
 * <pre>
 * +--+--------------------------------+
 * |  | [channel] * o h #      [rating] |
 * |##| Name of the touchpoint in two   |
 * |  | lines, or three a size smaller  |
 * +--+--------------------------------+
 * </pre>
 *
 * @param body             the card itself: a rounded rectangle with this corner radius
 * @param shadow           a soft shadow just below the card, lifting it off the grid
 * @param cornerRadius     radius of the card's rounded corners
 * @param ratingEdge       the wide colour edge on the left, filled with the rating colour
 * @param ratingEdgeShape  the edge's outline, rounded on the left where the card is rounded
 * @param channelIcon      the channel icon
 * @param badgeSlots       places for the small badges (see {@link CardBadge}), filled from the left
 * @param ratingIcon       the rating icon, so colour is never the only cue
 * @param nameBox          the card's name, wrapped; a name that does not fit steps down to
 *                         {@link #NAME_SMALLER_FONT_SIZE}, and only a name too long even then is cut
 * @param focusOutline     the ring drawn around a selected card, just outside it
 */
public record CardAnatomy(Rect body, Rect shadow, double cornerRadius, Rect ratingEdge, List<PathCommand> ratingEdgeShape,
                          Rect channelIcon, List<Rect> badgeSlots, Rect ratingIcon, Rect nameBox,
                          Rect focusOutline) {
    /** How many badges a card can show at once. */
    public static final int BADGE_SLOTS = CardBadge.values().length;
    /** Size of a card's name in pixels, on the canvas (its stylesheet says the same) and in every picture. */
    public static final double NAME_FONT_SIZE = 12;
    /**
     * The one smaller size a name steps down to when it needs more lines than the name box holds:
     * three lines of it fit where two of the full size do, which is enough for every name of the
     * bundled samples in every language. Cards keep their height, because maps stack cards one
     * card and a gap apart and a taller card would eat the gap the arrows between them need.
     */
    public static final double NAME_SMALLER_FONT_SIZE = 10.5;

    private static final double CORNER_RADIUS = 8;
    private static final double EDGE_WIDTH = 8;
    private static final double INNER_PADDING = 10;
    private static final double ICON_SIZE = 18;
    private static final double BADGE_SIZE = 15;
    private static final double BADGE_GAP = 5;
    private static final double TOP_ROW_Y = 8;
    private static final double FOCUS_GAP = 4;
    private static final double SHADOW_OFFSET = 2;

    public CardAnatomy {
        ratingEdgeShape = List.copyOf(ratingEdgeShape);
        badgeSlots = List.copyOf(badgeSlots);
    }

    /** The anatomy of a card of the size the settings give. */
    public static CardAnatomy of(LayoutSettings settings) {
        double width = settings.cardWidth();
        double height = settings.cardHeight();
        double radius = Math.min(CORNER_RADIUS, Math.min(width, height) / 2);
        double contentX = EDGE_WIDTH + INNER_PADDING;
        Rect edge = new Rect(0, 0, Math.min(EDGE_WIDTH, width), height);
        Rect channel = new Rect(contentX, TOP_ROW_Y, ICON_SIZE, ICON_SIZE);
        Rect rating = new Rect(Math.max(contentX, width - INNER_PADDING - ICON_SIZE), TOP_ROW_Y, ICON_SIZE, ICON_SIZE);
        List<Rect> badges = new ArrayList<>();
        double badgeX = channel.maxX() + BADGE_GAP + 3;
        double badgeY = TOP_ROW_Y + (ICON_SIZE - BADGE_SIZE) / 2;
        for (int i = 0; i < BADGE_SLOTS; i++) {
            badges.add(new Rect(badgeX, badgeY, BADGE_SIZE, BADGE_SIZE));
            badgeX += BADGE_SIZE + BADGE_GAP;
        }
        double nameY = TOP_ROW_Y + ICON_SIZE + 4;
        Rect name = new Rect(contentX, nameY, Math.max(0, width - contentX - INNER_PADDING),
                Math.max(0, height - nameY - 4));
        Rect focus = new Rect(-FOCUS_GAP, -FOCUS_GAP, width + 2 * FOCUS_GAP, height + 2 * FOCUS_GAP);
        Rect body = new Rect(0, 0, width, height);
        return new CardAnatomy(body, body.translate(0, SHADOW_OFFSET), radius, edge, leftRounded(edge, radius),
                channel, badges, rating, name, focus);
    }

    /** A rectangle whose left corners are rounded and whose right side is straight. */
    private static List<PathCommand> leftRounded(Rect r, double radius) {
        double corner = Math.min(radius, r.height() / 2);
        return List.of(
                new PathCommand.MoveTo(new Point(r.maxX(), r.y())),
                new PathCommand.LineTo(new Point(r.x() + corner, r.y())),
                new PathCommand.QuadTo(new Point(r.x(), r.y()), new Point(r.x(), r.y() + corner)),
                new PathCommand.LineTo(new Point(r.x(), r.maxY() - corner)),
                new PathCommand.QuadTo(new Point(r.x(), r.maxY()), new Point(r.x() + corner, r.maxY())),
                new PathCommand.LineTo(new Point(r.maxX(), r.maxY())),
                new PathCommand.Close());
    }
}
