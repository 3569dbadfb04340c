package org.touchmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;

import org.touchmap.layout.CardAnatomy;
import org.touchmap.layout.CardBadge;
import org.touchmap.layout.RatingIcons;
import org.touchmap.layout.Rect;
import org.touchmap.model.Rating;

/**
 * The parts of a card a raster picture stamps (see {@link RasterStamps}): the box (shadow, body,
 * outline, rating edge) per rating, control and fading, and each icon in its slot. Every part is
 * kept for the picture, so a card finds its stamps without building or hashing a look.
 */
final class CardStamps {
    private static final Rating[] RATINGS = Rating.values();
    private static final CardBadge[] BADGES = CardBadge.values();

    private final CardAnatomy anatomy;
    private final RasterStamps stamps;
    private final RasterStamps.Part[] boxes = new RasterStamps.Part[RATINGS.length * 4];
    private final RasterStamps.Part[] ratingIcons = new RasterStamps.Part[RATINGS.length];
    private final RasterStamps.Part[] badges = new RasterStamps.Part[BADGES.length * CardAnatomy.BADGE_SLOTS];
    private final Map<String, RasterStamps.Part> channelIcons = new HashMap<>();

    CardStamps(CardAnatomy anatomy, RasterStamps stamps) {
        this.anatomy = anatomy;
        this.stamps = stamps;
    }

    /** The box of a card; a faded box is faded in its stamp, so it goes on with the picture's own composite. */
    RasterStamps.Part box(Rating rating, boolean uncontrolled, boolean faded) {
        int index = rating.ordinal() * 4 + (uncontrolled ? 2 : 0) + (faded ? 1 : 0);
        if (boxes[index] == null) {
            boxes[index] = stamps.part(new BoxLook(anatomy, rating, uncontrolled, faded));
        }
        return boxes[index];
    }

    RasterStamps.Part channelIcon(String iconLiteral) {
        return channelIcons.computeIfAbsent(iconLiteral,
                literal -> stamps.part(new IconLook(literal, anatomy.channelIcon(), CardPainter.TEXT)));
    }

    RasterStamps.Part ratingIcon(Rating rating) {
        if (ratingIcons[rating.ordinal()] == null) {
            ratingIcons[rating.ordinal()] = stamps.part(new IconLook(RatingIcons.iconLiteral(rating),
                    anatomy.ratingIcon(), CardPainter.ratingIconColor(rating)));
        }
        return ratingIcons[rating.ordinal()];
    }

    RasterStamps.Part badge(CardBadge badge, int slot) {
        int index = badge.ordinal() * CardAnatomy.BADGE_SLOTS + slot;
        if (badges[index] == null) {
            badges[index] = stamps.part(new IconLook(badge.iconLiteral(), anatomy.badgeSlots().get(slot),
                    CardPainter.badgeColor(badge)));
        }
        return badges[index];
    }

    /** A card's box at the card's top-left corner; faded part by part, as drawing it card by card would. */
    private record BoxLook(CardAnatomy anatomy, Rating rating, boolean uncontrolled, boolean faded)
            implements RasterStamps.Look {
        @Override
        public Rectangle2D bounds() {
            return Shapes.rect(anatomy.body()).createUnion(Shapes.rect(anatomy.shadow()));
        }

        @Override
        public void paint(Graphics2D g) {
            if (faded) {
                g.setComposite(CardPainter.FADED);
            }
            CardPainter.paintBox(g, anatomy, rating, uncontrolled, 0, 0);
        }
    }

    /** An icon in its slot of the card, in one colour. */
    private record IconLook(String iconLiteral, Rect slot, Color color) implements RasterStamps.Look {
        @Override
        public Rectangle2D bounds() {
            return IconShapes.icon(iconLiteral, slot).getBounds2D();
        }

        @Override
        public void paint(Graphics2D g) {
            g.setColor(color);
            g.fill(IconShapes.icon(iconLiteral, slot));
        }
    }
}
