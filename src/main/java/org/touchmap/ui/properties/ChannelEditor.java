package org.touchmap.ui.properties;

import java.util.Optional;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

import org.touchmap.edit.Command;
import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;

/**
 * The channel of the cards, chosen from the catalog in a searchable list with icons. Choosing
 * another channel also moves online/offline, category and control to the new channel's defaults
 * where the cards still had the old ones (see {@link ChannelChange}); a button sets all three to
 * the defaults on request. Under the list, the channel the card's name names is offered or
 * shown as guessed, one click to take or drop (see {@link ChannelSuggestion}).
 */
final class ChannelEditor implements FieldEditor {
    private final EditScope scope;
    private final ChannelChange change = new ChannelChange();
    private final SearchableComboBox<Channel> box = new SearchableComboBox<>();
    private final Button useDefaults;
    private final Label custom = new Label();
    private final Label suggestion = new Label();
    private final Button suggestionAction = new Button();
    private ChannelSuggestion suggested = ChannelSuggestion.NONE;
    private final VBox suggestionRow;
    private final VBox node;
    private final PanelText text;
    private boolean loading;

    ChannelEditor(EditScope scope, PanelText text) {
        this.scope = scope;
        this.text = text;
        box.getItems().setAll(ChannelCatalog.all());
        box.setConverter(ChannelCell.converter(text.locale()));
        box.setCellFactory(list -> new ChannelCell(text.locale(), () -> ""));
        box.setButtonCell(new ChannelCell(text.locale(), box::getPromptText));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setId(Form.id("touchpoint.channel"));
        box.valueProperty().addListener((obs, old, chosen) -> {
            // The list passes through "nothing chosen" while the person filters it; only a channel counts.
            if (!loading && chosen != null) {
                scope.set(change, chosen.id());
                load();
            }
        });

        useDefaults = new Button(text.get("channel.useDefaults"), new FontIcon("mdi2b-backup-restore"));
        useDefaults.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        useDefaults.setId("channel-use-defaults");
        useDefaults.setTooltip(new Tooltip(text.get("channel.useDefaults.hint")));
        useDefaults.setOnAction(event -> {
            resetToDefaults().ifPresent(scope::execute);
            load();
        });
        custom.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        custom.setWrapText(true);
        custom.managedProperty().bind(custom.visibleProperty());
        suggestion.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        suggestion.setWrapText(true);
        suggestion.setId("channel-suggestion");
        suggestionAction.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, Styles.ACCENT);
        suggestionAction.setId("channel-suggestion-action");
        suggestionAction.setOnAction(event -> {
            scope.set(change, suggested.clickSets());
            load();
        });
        VBox suggestionRow = new VBox(2, suggestion, suggestionAction);
        suggestionRow.managedProperty().bind(suggestionRow.visibleProperty());
        suggestionRow.setVisible(false);
        this.suggestionRow = suggestionRow;
        node = new VBox(4, box, custom, suggestionRow, useDefaults);
    }

    VBox node() {
        return node;
    }

    @Override
    public void load() {
        loading = true;
        try {
            CommonValue<String> current = scope.current(change);
            box.setPromptText(current.mixed() ? text.get("mixed") : "");
            box.setValue(current.mixed() ? null : ChannelCatalog.resolve(current.value()));
            if (current.mixed()) {
                // The list's face keeps the last channel's text when the value goes back to none.
                box.getButtonCell().setGraphic(null);
                box.getButtonCell().setText(box.getPromptText());
            }
            boolean isCustom = !current.mixed() && current.value() != null
                    && ChannelCatalog.byId(current.value()).isEmpty();
            custom.setVisible(isCustom);
            custom.setText(isCustom ? text.get("channel.custom", current.value()) : "");
            useDefaults.setDisable(resetToDefaults().isEmpty());
            showSuggestion();
        } finally {
            loading = false;
        }
    }

    private void showSuggestion() {
        suggested = scope.hasDocument() ? ChannelSuggestion.of(scope.map(), scope.ids()) : ChannelSuggestion.NONE;
        suggestionRow.setVisible(suggested.kind() != ChannelSuggestion.Kind.NONE);
        if (suggested.kind() == ChannelSuggestion.Kind.OFFER) {
            suggestion.setText(text.get("channel.suggested", suggested.channel().displayName(text.locale())));
            suggestionAction.setText(text.get("channel.suggested.use"));
        } else if (suggested.kind() == ChannelSuggestion.Kind.GUESSED) {
            suggestion.setText(text.get("channel.guessed"));
            suggestionAction.setText(text.get("channel.guessed.reject"));
        }
    }

    private Optional<Command> resetToDefaults() {
        return scope.hasDocument() ? change.resetToDefaults(scope.map(), scope.ids()) : Optional.empty();
    }
}
