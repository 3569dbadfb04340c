package org.touchmap.ui.properties;

import java.util.List;
import java.util.Locale;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

import org.touchmap.edit.TouchpointProperties;
import org.touchmap.layout.Palette;
import org.touchmap.layout.RatingIcons;
import org.touchmap.model.Rating;

/**
 * The rating as three large buttons, each with the icon, word and colour the cards use. Clicking
 * the pressed one takes the rating away. The tooltips name the keys that do the same.
 */
final class RatingButtons implements FieldEditor {
    private static final int ICON_SIZE = 24;

    private final ToggleChoiceEditor<Rating> buttons;
    private final Label status = new Label();
    private final PanelText text;

    RatingButtons(EditScope scope, PanelText text) {
        this.text = text;
        this.buttons = new ToggleChoiceEditor<>(scope, EditedValues.touchpoint(TouchpointProperties.RATING),
                List.of(Rating.POSITIVE, Rating.NEUTRAL, Rating.NEGATIVE), this::createButton,
                true, Rating.UNRATED, false);
        buttons.node().setSpacing(6);
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
    }

    HBox node() {
        return buttons.node();
    }

    /** A line under the buttons: "not rated yet" or "mixed", since then no button is pressed. */
    Label status() {
        return status;
    }

    ToggleButton button(Rating rating) {
        return buttons.button(rating);
    }

    @Override
    public void load() {
        buttons.load();
        CommonValue<Rating> current = buttons.loaded();
        status.setText(current.mixed() ? text.get("rating.mixed")
                : current.is(Rating.UNRATED) ? text.get("rating.unrated.status", keys(Rating.UNRATED)) : "");
    }

    private ToggleButton createButton(Rating rating) {
        String name = rating.name().toLowerCase(Locale.ROOT);
        FontIcon icon = new FontIcon(RatingIcons.iconLiteral(rating));
        icon.setIconSize(ICON_SIZE);
        ToggleButton button = new ToggleButton(text.name("rating", rating), icon);
        button.setContentDisplay(ContentDisplay.TOP);
        button.setId("rating-" + name);
        button.getStyleClass().addAll("rating-button", name);
        // The colours of the cards, from the same palette the canvas and the exports use.
        button.setStyle("-rating-color: " + Palette.ratingColor(rating) + ";");
        Tooltip tooltip = new Tooltip(text.get("rating.tooltip", text.name("rating.meaning", rating), keys(rating)));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(320);
        button.setTooltip(tooltip);
        return button;
    }

    private static String keys(Rating rating) {
        return RatingKeys.of(rating).getDisplayText();
    }
}
