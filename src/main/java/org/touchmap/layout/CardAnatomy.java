package org.touchmap.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the parts of a card go, relative to the card's top-left corner. Every card has the same
 * anatomy, so it is computed once per layout.
 *
 * <pre>
 * ┌──┬──────────────────────────────┐
 * │  │ [channel] ★ ⌖ ✋ ▮      [rating]│
 * │▌▌│ Name of the touchpoint, up to  │
 * │  │ two lines…                     │
 * └──┴──────────────────────────────┘
 * </pre>
 *
 * @param ratingEdge  the wide colour edge on the left, filled with the rating colour
 * @param channelIcon the channel icon
 * @param badgeSlots  places for the small badges (key point, offline, uncontrolled, metric), in that order
 * @param ratingIcon  the rating icon, so colour is never the only cue
 * @param nameBox     the card's name, wrapped and cut with an ellipsis when too long
 */
public record CardAnatomy(Rect ratingEdge, Rect channelIcon, List<Rect> badgeSlots, Rect ratingIcon, Rect nameBox) {
    /** How many badges a card can show at once. */
    public static final int BADGE_SLOTS = 4;

    private static final double EDGE_WIDTH = 8;
    private static final double INNER_PADDING = 10;
    private static final double ICON_SIZE = 18;
    private static final double BADGE_SIZE = 15;
    private static final double BADGE_GAP = 5;
    private static final double TOP_ROW_Y = 8;

    public CardAnatomy {
        badgeSlots = List.copyOf(badgeSlots);
    }

    /** The anatomy of a card of the size the settings give. */
    public static CardAnatomy of(LayoutSettings settings) {
        double width = settings.cardWidth();
        double height = settings.cardHeight();
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
        double nameY = TOP_ROW_Y + ICON_SIZE + 5;
        Rect name = new Rect(contentX, nameY, Math.max(0, width - contentX - INNER_PADDING),
                Math.max(0, height - nameY - 5));
        return new CardAnatomy(edge, channel, badges, rating, name);
    }
}
