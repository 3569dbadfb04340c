package org.touchmap.ui.properties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A row of toggle buttons, one per value: online / offline, short / long, the scores 1–5.
 * The button of the value the elements share is pressed; none is when they differ. Clicking
 * the pressed button of a field that may be empty clears it (an unscored criterion).
 */
final class ToggleChoiceEditor<V> implements FieldEditor {
    private final EditScope scope;
    private final EditedValue<V> value;
    private final boolean clearable;
    private final V clearedValue;
    private final Map<V, ToggleButton> buttons = new LinkedHashMap<>();
    private final HBox row = new HBox();
    private CommonValue<V> loaded = CommonValue.same(null);

    /**
     * @param button      makes the button of a value
     * @param clearable   whether clicking the pressed button sets {@code clearedValue}
     * @param segmented   whether the buttons are joined into one bar, or stand apart
     */
    ToggleChoiceEditor(EditScope scope, EditedValue<V> value, List<V> options, Function<V, ToggleButton> button,
                       boolean clearable, V clearedValue, boolean segmented) {
        this.scope = scope;
        this.value = value;
        this.clearable = clearable;
        this.clearedValue = clearedValue;
        for (int i = 0; i < options.size(); i++) {
            V option = options.get(i);
            ToggleButton toggle = button.apply(option);
            toggle.setOnAction(event -> choose(option));
            toggle.setFocusTraversable(true);
            if (segmented) {
                toggle.getStyleClass().add(i == 0 ? Styles.LEFT_PILL
                        : i == options.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            } else {
                toggle.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(toggle, Priority.ALWAYS);
            }
            buttons.put(option, toggle);
            row.getChildren().add(toggle);
        }
        row.getStyleClass().add(segmented ? "segmented-choice" : "choice-buttons");
    }

    HBox node() {
        return row;
    }

    ToggleButton button(V option) {
        return buttons.get(option);
    }

    CommonValue<V> loaded() {
        return loaded;
    }

    @Override
    public void load() {
        loaded = scope.current(value);
        buttons.forEach((option, toggle) -> toggle.setSelected(loaded.is(option)));
    }

    private void choose(V option) {
        scope.set(value, clearable && loaded.is(option) ? clearedValue : option);
        // The click already flipped the button; show what the map says, also when nothing changed.
        load();
    }
}
