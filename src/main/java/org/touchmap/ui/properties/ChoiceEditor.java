package org.touchmap.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.control.ComboBox;

/**
 * A drop-down list for a field with a few named values, optionally with a "not set" entry.
 * When the edited elements differ, nothing is chosen and the box says "mixed values".
 * The values may change with the map (the chains a chain can lead to), so they are read on every load.
 */
final class ChoiceEditor<V> implements FieldEditor {
    /** An entry of the list: {@code value} is {@code null} for "not set". */
    record Choice<V>(V value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final EditScope scope;
    private final EditedValue<V> value;
    private final Supplier<List<V>> options;
    private final Function<V, String> name;
    private final String notSet;
    private final ComboBox<Choice<V>> box = new ComboBox<>();
    private final String mixedText;
    private boolean loading;

    /**
     * @param notSet the text of the "not set" entry, or {@code null} when the field always has a value
     */
    ChoiceEditor(EditScope scope, EditedValue<V> value, Supplier<List<V>> options, Function<V, String> name,
                 String notSet, PanelText text) {
        this.scope = scope;
        this.value = value;
        this.options = options;
        this.name = name;
        this.notSet = notSet;
        this.mixedText = text.get("mixed");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setButtonCell(new PromptCell<>(box));
        box.valueProperty().addListener((obs, old, chosen) -> {
            if (!loading && chosen != null) {
                scope.set(value, chosen.value());
                load();
            }
        });
    }

    ComboBox<Choice<V>> control() {
        return box;
    }

    @Override
    public void load() {
        loading = true;
        try {
            List<Choice<V>> choices = new ArrayList<>();
            if (notSet != null) {
                choices.add(new Choice<>(null, notSet));
            }
            options.get().forEach(option -> choices.add(new Choice<>(option, name.apply(option))));
            if (!choices.equals(box.getItems())) {
                box.getItems().setAll(choices);
            }
            CommonValue<V> current = scope.current(value);
            Choice<V> selected = current.mixed() ? null : choices.stream()
                    .filter(choice -> Objects.equals(choice.value(), current.value())).findFirst().orElse(null);
            box.setPromptText(current.mixed() ? mixedText : "");
            box.setValue(selected);
            if (selected == null) {
                // The list's face keeps the last choice's text when the value goes back to none.
                box.getButtonCell().setText(box.getPromptText());
            }
        } finally {
            loading = false;
        }
    }
}
