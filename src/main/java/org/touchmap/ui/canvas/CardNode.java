package org.touchmap.ui.canvas;

import java.util.Locale;

import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;

import org.touchmap.layout.CardAnatomy;
import org.touchmap.layout.CardBadge;
import org.touchmap.layout.Rect;

/**
 * A touchpoint's card: a rounded box with a rating-coloured edge on the left, the channel icon,
 * badges, a rating icon and the name. Every part sits where the layout's {@link CardAnatomy} says.
 * Cards are many, so a card is kept to a handful of light nodes.
 */
final class CardNode extends Region {
    static final String STYLE_CLASS = "card";
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** Children before this index are the shadow, the body and the rating edge. */
    private static final int DETAIL_FROM = 3;

    private final String touchpointId;
    private final CardFace face;
    private final CardAnatomy anatomy;
    private final Text name;
    private final String description;
    /** The name, icons and badges: what {@link #showDetails} hides; the box and rating edge always show. */
    private final Node[] details;
    private Font fittedFont;
    private Rectangle focusRing;

    CardNode(String touchpointId, CardFace face, CardAnatomy anatomy, CanvasMessages messages) {
        this.touchpointId = touchpointId;
        this.face = face;
        this.anatomy = anatomy;
        getStyleClass().addAll(STYLE_CLASS, face.rating().name().toLowerCase(Locale.ROOT));
        if (face.uncontrolled()) {
            getStyleClass().add("uncontrolled");
        }
        if (face.keyPoint()) {
            getStyleClass().add("key-point");
        }

        // The body's outline on the left is hidden under the rating edge, which is the card's left border.
        Rectangle shadow = roundedRect(anatomy.shadow(), anatomy.cornerRadius(), "card-shadow");
        Rectangle body = roundedRect(anatomy.body(), anatomy.cornerRadius(), "card-body");
        Path edge = new Path(PathElements.of(anatomy.ratingEdgeShape()));
        edge.getStyleClass().add("card-edge");
        edge.setManaged(false);

        // A Text, not a Label: thousands of Labels take seconds to skin and style.
        name = new Text(face.name());
        name.getStyleClass().add("card-name");
        name.setTextOrigin(VPos.TOP);
        name.setWrappingWidth(anatomy.nameBox().width());
        name.setManaged(false);
        name.relocate(anatomy.nameBox().x(), anatomy.nameBox().y());

        getChildren().addAll(shadow, body, edge, name,
                icon(face.channelIcon(), anatomy.channelIcon(), "card-channel-icon"),
                icon(face.ratingIcon(), anatomy.ratingIcon(), "card-rating-icon"));
        StringBuilder text = new StringBuilder(face.name()).append('\n').append(messages.rating(face.rating()));
        for (int i = 0; i < face.badges().size(); i++) {
            CardBadge badge = face.badges().get(i);
            Text badgeIcon = icon(badge.iconLiteral(), anatomy.badgeSlots().get(i), "card-badge");
            badgeIcon.getStyleClass().add(badge.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            getChildren().add(badgeIcon);
            text.append(" · ").append(messages.badge(badge));
        }
        details = getChildren().subList(DETAIL_FROM, getChildren().size()).toArray(new Node[0]);
        description = text.toString();
        setAccessibleText(description);
        // A tooltip per card costs a popup window each; create it only when someone hovers.
        addEventHandler(MouseEvent.MOUSE_ENTERED, event -> installTooltipOnce());
    }

    String touchpointId() {
        return touchpointId;
    }

    CardFace face() {
        return face;
    }

    /** Moves and sizes the card to its box in map coordinates. */
    void place(Rect bounds) {
        setMinSize(bounds.width(), bounds.height());
        setPrefSize(bounds.width(), bounds.height());
        setMaxSize(bounds.width(), bounds.height());
        relocate(bounds.x(), bounds.y());
    }

    void setSelected(boolean selected) {
        if (selected && focusRing == null) {
            Rect focus = anatomy.focusOutline();
            focusRing = roundedRect(focus, anatomy.cornerRadius() - focus.x(), "card-focus");
            getChildren().add(focusRing);
        }
        if (focusRing != null) {
            focusRing.setVisible(selected);
        }
        pseudoClassStateChanged(SELECTED, selected);
    }

    /**
     * Shows or hides the name, icons and badges. Zoomed far out they are too small to read, and
     * text is what costs most to draw.
     */
    void showDetails(boolean shown) {
        for (Node detail : details) {
            detail.setVisible(shown);
        }
    }

    boolean isSelected() {
        return focusRing != null && focusRing.isVisible();
    }

    /** Fits the name once its font is known from the stylesheet, and again only if the font changes. */
    @Override
    protected void layoutChildren() {
        if (!name.getFont().equals(fittedFont)) {
            fittedFont = name.getFont();
            TextFitting.fit(name, face.name(), anatomy.nameBox().height());
        }
    }

    private void installTooltipOnce() {
        if (getProperties().containsKey(Tooltip.class)) {
            return;
        }
        Tooltip tooltip = new Tooltip(description);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        // Escape hides the tooltip and still reaches the canvas, where it ends a gesture or the connect tool.
        tooltip.setConsumeAutoHidingEvents(false);
        Tooltip.install(this, tooltip);
        getProperties().put(Tooltip.class, tooltip);
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
