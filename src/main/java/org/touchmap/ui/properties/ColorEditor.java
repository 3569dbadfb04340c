package org.touchmap.ui.properties;

import java.util.Locale;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A colour as a colour picker. A colour that may be left unset (a stage's header) has a button
 * that goes back to the default; a note says when the colour is the default or mixed.
 */
final class ColorEditor implements FieldEditor {
    private final EditScope scope;
    private final EditedValue<String> value;
    private final ColorPicker picker = new ColorPicker();
    private final Button reset = new Button();
    private final Label note = new Label();
    private final HBox row = new HBox(8);
    private final PanelText text;
    private boolean loading;

    ColorEditor(EditScope scope, EditedValue<String> value, boolean optional, PanelText text) {
        this.scope = scope;
        this.value = value;
        this.text = text;
        picker.setOnAction(event -> {
            if (!loading && picker.getValue() != null) {
                scope.set(value, hex(picker.getValue()));
                load();
            }
        });
        reset.setGraphic(new FontIcon("mdi2f-format-color-marker-cancel"));
        reset.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        reset.setTooltip(new Tooltip(text.get("color.reset")));
        reset.setOnAction(event -> {
            scope.set(value, null);
            load();
        });
        reset.managedProperty().bind(reset.visibleProperty());
        reset.setVisible(optional);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        row.getStyleClass().add("color-row");
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getChildren().addAll(picker, reset, note);
    }

    HBox node() {
        return row;
    }

    ColorPicker picker() {
        return picker;
    }

    @Override
    public void load() {
        loading = true;
        try {
            CommonValue<String> current = scope.current(value);
            boolean set = !current.mixed() && current.value() != null;
            picker.setValue(set ? Color.web(current.value()) : Color.TRANSPARENT);
            reset.setDisable(!set);
            note.setText(current.mixed() ? text.get("mixed") : set ? "" : text.get("color.default"));
        } finally {
            loading = false;
        }
    }

    /** A colour as the model stores it: {@code #rrggbb}, lower case. */
    static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }
}
