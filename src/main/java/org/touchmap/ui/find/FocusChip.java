package org.touchmap.ui.find;

import java.util.Objects;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

import org.touchmap.analysis.Focus;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.canvas.MapCanvas;

/**
 * The focus as the status line shows it: what is kept and how many cards, e.g. "Focus: Negative
 * cards · 5 of 32 cards", with a button that clears it in one click. Hidden without a focus.
 */
public final class FocusChip {
    private final HBox chip = new HBox(4);
    private final Label text = new Label();
    private final ObjectProperty<Focus> focus;
    private final Supplier<JourneyMap> map;

    public FocusChip(MapCanvas canvas, Supplier<JourneyMap> map) {
        this.focus = canvas.focusProperty();
        this.map = Objects.requireNonNull(map, "map");
        text.setId("focus-status");
        text.getStyleClass().add(Styles.TEXT_SMALL);
        text.setGraphic(new FontIcon("mdi2f-filter-outline"));
        Button clear = new Button();
        clear.setId("focus-status-clear");
        clear.setGraphic(new FontIcon("mdi2c-close"));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        clear.setFocusTraversable(false);
        clear.setTooltip(new Tooltip(FindText.get("focus.clear")));
        clear.setOnAction(e -> focus.set(null));
        chip.getChildren().addAll(text, clear);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("focus-chip");
        chip.setId("focus-chip");
        canvas.focusedTouchpointIds().addListener((obs, old, now) -> update());
        focus.addListener((obs, old, now) -> update());
        update();
    }

    public Node node() {
        return chip;
    }

    private void update() {
        Focus current = focus.get();
        JourneyMap shown = map.get();
        boolean on = current != null && shown != null;
        chip.setVisible(on);
        chip.setManaged(on);
        if (on) {
            int kept = current.keptTouchpoints(shown).size();
            text.setText(FindText.get("focus.status", FocusChoice.describe(current, shown), kept,
                    shown.touchpoints().size()));
        }
    }
}
