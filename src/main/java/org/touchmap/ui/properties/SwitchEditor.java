package org.touchmap.ui.properties;

import atlantafx.base.controls.ToggleSwitch;
import javafx.geometry.HorizontalDirection;

/** An on/off field as a switch, such as "key point"; when the elements differ it is off and says so. */
final class SwitchEditor implements FieldEditor {
    private final EditScope scope;
    private final EditedValue<Boolean> value;
    private final ToggleSwitch toggle;
    private final String label;
    private final String mixedLabel;
    private boolean loading;

    SwitchEditor(EditScope scope, EditedValue<Boolean> value, String label, PanelText text) {
        this.scope = scope;
        this.value = value;
        this.label = label;
        this.mixedLabel = text.get("mixedSuffix", label);
        this.toggle = new ToggleSwitch(label);
        toggle.setLabelPosition(HorizontalDirection.RIGHT);
        toggle.selectedProperty().addListener((obs, old, on) -> {
            if (!loading) {
                scope.set(value, on);
                load();
            }
        });
    }

    ToggleSwitch control() {
        return toggle;
    }

    @Override
    public void load() {
        loading = true;
        try {
            CommonValue<Boolean> current = scope.current(value);
            toggle.setSelected(current.is(Boolean.TRUE));
            toggle.setText(current.mixed() ? mixedLabel : label);
        } finally {
            loading = false;
        }
    }
}
