package org.touchmap.ui.canvas;

import java.util.List;
import java.util.Locale;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import org.kordamp.ikonli.javafx.FontIcon;
import org.touchmap.layout.CardAnatomy;
import org.touchmap.layout.CardBadge;
import org.touchmap.layout.CardBox;
import org.touchmap.layout.RatingIcons;
import org.touchmap.layout.Rect;
import org.touchmap.model.Control;
import org.touchmap.model.Touchpoint;

/**
 * A touchpoint's card: a rounded box with a rating-coloured edge on the left, the channel icon,
 * badges, a rating icon and the name. Every part sits where the layout's {@link CardAnatomy} says.
 */
final class CardNode extends Region {
    static final String STYLE_CLASS = "card";
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final String touchpointId;
    private final CardAnatomy anatomy;
    private final Rectangle focusRing;
    private final Label name;
    private final String tooltipText;

    CardNode(Touchpoint touchpoint, CardBox box, CardAnatomy anatomy, CanvasMessages messages) {
        this.touchpointId = touchpoint.id();
        this.anatomy = anatomy;
        getStyleClass().addAll(STYLE_CLASS, touchpoint.rating().name().toLowerCase(Locale.ROOT));
        if (touchpoint.control() == Control.UNCONTROLLED) {
            getStyleClass().add("uncontrolled");
        }
        if (touchpoint.keyPoint()) {
            getStyleClass().add("key-point");
        }
        Rect bounds = box.bounds();
        setPrefSize(bounds.width(), bounds.height());
        setMinSize(bounds.width(), bounds.height());
        setMaxSize(bounds.width(), bounds.height());
        relocate(bounds.x(), bounds.y());

        Rectangle body = roundedRect(new Rect(0, 0, bounds.width(), bounds.height()), anatomy.cornerRadius(), "card-body");
        Path edge = new Path(PathElements.of(anatomy.ratingEdgeShape()));
        edge.getStyleClass().add("card-edge");
        Rectangle outline = roundedRect(new Rect(0, 0, bounds.width(), bounds.height()), anatomy.cornerRadius(),
                "card-outline");
        Rect focus = anatomy.focusOutline();
        focusRing = roundedRect(focus, anatomy.cornerRadius() - focus.x(), "card-focus");
        focusRing.setVisible(false);

        name = new Label(touchpoint.name());
        name.getStyleClass().add("card-name");
        name.setWrapText(true);
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setAlignment(Pos.TOP_LEFT);

        getChildren().addAll(body, edge, outline, focusRing, name,
                icon(touchpoint.channel().iconLiteral(), anatomy.channelIcon(), "card-channel-icon"),
                icon(RatingIcons.iconLiteral(touchpoint.rating()), anatomy.ratingIcon(), "card-rating-icon"));
        List<CardBadge> badges = CardBadge.of(touchpoint);
        StringBuilder description = new StringBuilder(touchpoint.name())
                .append('\n').append(messages.rating(touchpoint.rating()));
        for (int i = 0; i < badges.size(); i++) {
            CardBadge badge = badges.get(i);
            FontIcon badgeIcon = icon(badge.iconLiteral(), anatomy.badgeSlots().get(i), "card-badge");
            badgeIcon.getStyleClass().add(badge.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            getChildren().add(badgeIcon);
            description.append(" · ").append(messages.badge(badge));
        }
        tooltipText = description.toString();
        setAccessibleText(tooltipText);
        // A tooltip per card costs a popup window each; create it only when someone hovers.
        addEventHandler(MouseEvent.MOUSE_ENTERED, event -> installTooltipOnce());
    }

    String touchpointId() {
        return touchpointId;
    }

    void setSelected(boolean selected) {
        focusRing.setVisible(selected);
        pseudoClassStateChanged(SELECTED, selected);
    }

    boolean isSelected() {
        return focusRing.isVisible();
    }

    @Override
    protected void layoutChildren() {
        Rect box = anatomy.nameBox();
        name.resizeRelocate(box.x(), box.y(), box.width(), box.height());
    }

    private void installTooltipOnce() {
        if (getProperties().containsKey(Tooltip.class)) {
            return;
        }
        Tooltip tooltip = new Tooltip(tooltipText);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
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
    private static FontIcon icon(String literal, Rect slot, String styleClass) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add(styleClass);
        icon.setIconSize((int) Math.round(slot.height()));
        icon.setManaged(false);
        icon.layoutBoundsProperty().addListener((obs, old, bounds) -> centre(icon, slot));
        centre(icon, slot);
        return icon;
    }

    private static void centre(FontIcon icon, Rect slot) {
        var bounds = icon.getLayoutBounds();
        icon.relocate(slot.centerX() - bounds.getWidth() / 2, slot.centerY() - bounds.getHeight() / 2);
    }
}
