package org.touchmap.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.util.List;

import org.touchmap.layout.CardAnatomy;
import org.touchmap.layout.CardBadge;
import org.touchmap.layout.CardBox;
import org.touchmap.layout.Palette;
import org.touchmap.layout.RatingIcons;
import org.touchmap.layout.Rect;
import org.touchmap.model.Control;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

/**
 * A touchpoint's card as the canvas draws it: shadow, white rounded body, the rating edge, the
 * channel icon, badges, the rating icon and the name (see {@link CardNameLines}). Every part sits where
 * the layout's {@link CardAnatomy} says.
 */
final class CardPainter {
    /** Opacity of a card outside the chain shown on its own, as on the canvas. */
    static final float FADED_OPACITY = 0.3f;
    static final AlphaComposite FADED = AlphaComposite.getInstance(AlphaComposite.SRC_OVER, FADED_OPACITY);
    static final Color TEXT = Shapes.color(Palette.TEXT);
    private static final Color SHADOW = new Color(31, 35, 40, Math.round(0.08f * 255));
    private static final BasicStroke SOLID = new BasicStroke(1);
    private static final BasicStroke DASHED = new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {6, 4}, 0);
    private static final BasicStroke DOTTED = new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {2, 3}, 0);

    private final CardAnatomy anatomy;
    private final CardStamps stamps;

    private CardPainter(CardAnatomy anatomy, CardStamps stamps) {
        this.anatomy = anatomy;
        this.stamps = stamps;
    }

    /** Draws every part of every card as shapes, for any picture. */
    static CardPainter shapes(CardAnatomy anatomy) {
        return new CardPainter(anatomy, null);
    }

    /**
     * For raster pictures only: a card's box and icons are drawn once per look and stamped
     * (see {@link RasterStamps}); the name is drawn on every card.
     */
    static CardPainter stamping(CardAnatomy anatomy, RasterStamps stamps) {
        return new CardPainter(anatomy, new CardStamps(anatomy, stamps));
    }

    void paint(Graphics2D g, Touchpoint touchpoint, CardBox box, boolean faded) {
        Composite before = g.getComposite();
        double x = box.bounds().x();
        double y = box.bounds().y();
        Rating rating = touchpoint.rating();
        boolean uncontrolled = touchpoint.control() == Control.UNCONTROLLED;
        List<CardBadge> badges = CardBadge.of(touchpoint);
        if (stamps != null) {
            stamps.box(rating, uncontrolled, faded).draw(g, x, y);
            if (faded) {
                g.setComposite(FADED);
            }
            stamps.channelIcon(touchpoint.channel().iconLiteral()).draw(g, x, y);
            stamps.ratingIcon(rating).draw(g, x, y);
            for (int i = 0; i < badges.size(); i++) {
                stamps.badge(badges.get(i), i).draw(g, x, y);
            }
        } else {
            if (faded) {
                g.setComposite(FADED);
            }
            paintBox(g, anatomy, rating, uncontrolled, x, y);
            paintIcon(g, touchpoint.channel().iconLiteral(), anatomy.channelIcon(), x, y, TEXT);
            paintIcon(g, RatingIcons.iconLiteral(rating), anatomy.ratingIcon(), x, y, ratingIconColor(rating));
            for (int i = 0; i < badges.size(); i++) {
                CardBadge badge = badges.get(i);
                paintIcon(g, badge.iconLiteral(), anatomy.badgeSlots().get(i), x, y, badgeColor(badge));
            }
        }
        Rect nameBox = anatomy.nameBox().translate(x, y);
        CardNameLines name = CardNameLines.of(touchpoint.name(), touchpoint.keyPoint(), nameBox);
        TextPainter.lines(g, name.lines(), name.font(), TEXT, nameBox, TextPainter.Align.TOP_LEFT);
        g.setComposite(before);
    }

    /** Shadow, body, outline and rating edge: all of a card that only its rating and control change. */
    static void paintBox(Graphics2D g, CardAnatomy anatomy, Rating rating, boolean uncontrolled, double x,
            double y) {
        double radius = anatomy.cornerRadius();
        g.setColor(SHADOW);
        g.fill(Shapes.roundRect(anatomy.shadow().translate(x, y), radius));
        Rect body = anatomy.body().translate(x, y);
        g.setColor(Shapes.color(Palette.CARD_FILL));
        g.fill(Shapes.roundRect(body, radius));
        paintOutline(g, rating, uncontrolled, body, radius);
        g.setColor(Shapes.color(Palette.ratingColor(rating)));
        g.fill(Shapes.path(anatomy.ratingEdgeShape(), x, y));
    }

    /** The colour a rating's icon has on a card (and in the legend). */
    static Color ratingIconColor(Rating rating) {
        return switch (rating) {
            case POSITIVE -> Shapes.color(Palette.POSITIVE);
            // The canvas darkens the grey by a quarter, so the neutral face reads on white.
            case NEUTRAL -> darker(Shapes.color(Palette.NEUTRAL), 0.25);
            case NEGATIVE -> Shapes.color(Palette.NEGATIVE);
            case UNRATED -> Shapes.color(Palette.UNRATED_BORDER);
        };
    }

    static Color badgeColor(CardBadge badge) {
        return Shapes.color(badge == CardBadge.KEY_POINT ? Palette.KEY_POINT : Palette.MUTED_TEXT);
    }

    /**
     * The outline lies inside the body, as the canvas's inside stroke does: dotted for an
     * uncontrolled touchpoint, dashed for an unrated one.
     */
    private static void paintOutline(Graphics2D g, Rating rating, boolean uncontrolled, Rect body, double radius) {
        boolean unrated = rating == Rating.UNRATED;
        g.setColor(Shapes.color(uncontrolled || unrated ? Palette.UNRATED_BORDER : Palette.CARD_BORDER));
        g.setStroke(uncontrolled ? DOTTED : unrated ? DASHED : SOLID);
        g.draw(Shapes.roundRect(body.inset(0.5), radius - 0.5));
    }

    private static void paintIcon(Graphics2D g, String literal, Rect slot, double x, double y, Color color) {
        g.setColor(color);
        g.fill(IconShapes.icon(literal, slot.translate(x, y)));
    }

    private static Color darker(Color color, double amount) {
        float[] hsb = Color.RGBtoHSB(color.getRed(), color.getGreen(), color.getBlue(), null);
        return Color.getHSBColor(hsb[0], hsb[1], (float) (hsb[2] * (1 - amount)));
    }
}
