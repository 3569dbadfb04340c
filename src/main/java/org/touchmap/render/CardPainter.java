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
 * channel icon, badges, the rating icon and the name in up to two lines. Every part sits where
 * the layout's {@link CardAnatomy} says.
 */
final class CardPainter {
    /** Opacity of a card outside the chain shown on its own, as on the canvas. */
    static final float FADED_OPACITY = 0.3f;
    private static final Color SHADOW = new Color(31, 35, 40, Math.round(0.08f * 255));
    private static final BasicStroke SOLID = new BasicStroke(1);
    private static final BasicStroke DASHED = new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {6, 4}, 0);
    private static final BasicStroke DOTTED = new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {2, 3}, 0);

    private final CardAnatomy anatomy;

    CardPainter(CardAnatomy anatomy) {
        this.anatomy = anatomy;
    }

    void paint(Graphics2D g, Touchpoint touchpoint, CardBox box, boolean faded) {
        Composite before = g.getComposite();
        if (faded) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, FADED_OPACITY));
        }
        double x = box.bounds().x();
        double y = box.bounds().y();
        double radius = anatomy.cornerRadius();
        Rating rating = touchpoint.rating();

        g.setColor(SHADOW);
        g.fill(Shapes.roundRect(anatomy.shadow().translate(x, y), radius));
        Rect body = anatomy.body().translate(x, y);
        g.setColor(Shapes.color(Palette.CARD_FILL));
        g.fill(Shapes.roundRect(body, radius));
        paintOutline(g, touchpoint, body);
        g.setColor(Shapes.color(Palette.ratingColor(rating)));
        g.fill(Shapes.path(anatomy.ratingEdgeShape(), x, y));

        paintIcon(g, touchpoint.channel().iconLiteral(), anatomy.channelIcon(), x, y, Shapes.color(Palette.TEXT));
        paintIcon(g, RatingIcons.iconLiteral(rating), anatomy.ratingIcon(), x, y, ratingIconColor(rating));
        List<CardBadge> badges = CardBadge.of(touchpoint);
        for (int i = 0; i < badges.size(); i++) {
            CardBadge badge = badges.get(i);
            paintIcon(g, badge.iconLiteral(), anatomy.badgeSlots().get(i), x, y, badgeColor(badge));
        }
        var nameFont = touchpoint.keyPoint() ? RenderFonts.bold(RenderFonts.CARD_NAME_SIZE)
                : RenderFonts.regular(RenderFonts.CARD_NAME_SIZE);
        TextPainter.wrapped(g, touchpoint.name(), nameFont, Shapes.color(Palette.TEXT),
                anatomy.nameBox().translate(x, y), TextPainter.Align.TOP_LEFT);
        g.setComposite(before);
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
    private void paintOutline(Graphics2D g, Touchpoint touchpoint, Rect body) {
        boolean uncontrolled = touchpoint.control() == Control.UNCONTROLLED;
        boolean unrated = touchpoint.rating() == Rating.UNRATED;
        g.setColor(Shapes.color(uncontrolled || unrated ? Palette.UNRATED_BORDER : Palette.CARD_BORDER));
        g.setStroke(uncontrolled ? DOTTED : unrated ? DASHED : SOLID);
        g.draw(Shapes.roundRect(body.inset(0.5), anatomy.cornerRadius() - 0.5));
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
