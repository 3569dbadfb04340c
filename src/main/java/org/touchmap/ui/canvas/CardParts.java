package org.touchmap.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import org.touchmap.layout.CardAnatomy;
import org.touchmap.layout.CardBadge;
import org.touchmap.layout.Rect;

/** The nodes a {@link CardNode} is drawn with, each placed where the card's anatomy says. */
final class CardParts {
    private CardParts() {
    }

    /** The shadow, the rounded body and the rating edge: what a card shows at any zoom. */
    static List<Node> box(CardAnatomy anatomy) {
        // The body's outline on the left is hidden under the rating edge, which is the card's left border.
        Rectangle shadow = roundedRect(anatomy.shadow(), anatomy.cornerRadius(), "card-shadow");
        Rectangle body = roundedRect(anatomy.body(), anatomy.cornerRadius(), "card-body");
        Path edge = new Path(PathElements.of(anatomy.ratingEdgeShape()));
        edge.getStyleClass().add("card-edge");
        edge.setManaged(false);
        return List.of(shadow, body, edge);
    }

    /** The name, wrapped to its box; {@link TextFitting} shrinks it once its font is known. */
    static Text name(CardFace face, CardAnatomy anatomy) {
        // A Text, not a Label: thousands of Labels take seconds to skin and style.
        Text name = new Text(face.name());
        name.getStyleClass().add("card-name");
        name.setTextOrigin(VPos.TOP);
        name.setWrappingWidth(anatomy.nameBox().width());
        name.setManaged(false);
        name.relocate(anatomy.nameBox().x(), anatomy.nameBox().y());
        return name;
    }

    /** The channel and rating icons and one icon per badge. */
    static List<Node> icons(CardFace face, CardAnatomy anatomy) {
        List<Node> icons = new ArrayList<>();
        icons.add(icon(face.channelIcon(), anatomy.channelIcon(), "card-channel-icon"));
        icons.add(icon(face.ratingIcon(), anatomy.ratingIcon(), "card-rating-icon"));
        for (int i = 0; i < face.badges().size(); i++) {
            CardBadge badge = face.badges().get(i);
            Text badgeIcon = icon(badge.iconLiteral(), anatomy.badgeSlots().get(i), "card-badge");
            badgeIcon.getStyleClass().add(badge.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            icons.add(badgeIcon);
        }
        return icons;
    }

    /** The selection outline around the card. */
    static Rectangle focusRing(CardAnatomy anatomy) {
        Rect focus = anatomy.focusOutline();
        return roundedRect(focus, anatomy.cornerRadius() - focus.x(), "card-focus");
    }

    private static Rectangle roundedRect(Rect rect, double radius, String styleClass) {
        Rectangle rectangle = new Rectangle(rect.x(), rect.y(), rect.width(), rect.height());
        rectangle.setArcWidth(2 * radius);
        rectangle.setArcHeight(2 * radius);
        rectangle.getStyleClass().add(styleClass);
        rectangle.setManaged(false);
        return rectangle;
    }

    /** An icon centred in its slot; the slot's height is the icon size. */
    private static Text icon(String literal, Rect slot, String styleClass) {
        Text icon = IconGlyphs.glyph(literal, slot.height());
        icon.getStyleClass().add(styleClass);
        icon.setManaged(false);
        var bounds = icon.getLayoutBounds();
        icon.relocate(slot.centerX() - bounds.getWidth() / 2, slot.centerY() - bounds.getHeight() / 2);
        return icon;
    }
}
