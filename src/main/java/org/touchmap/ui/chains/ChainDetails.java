package org.touchmap.ui.chains;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

import org.touchmap.edit.ChainProperties;
import org.touchmap.edit.Command;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;

/**
 * Name, colour and next chain of the active chain. Each change is one command; the controls are
 * filled from the map again after every change, so they never show anything the map does not hold.
 */
final class ChainDetails extends GridPane {
    /** A choice of next chain; a {@code null} id stands for "none". */
    private record NextChoice(String chainId, String label) {
    }

    private final Consumer<Command> execute;
    private final TextField name = new TextField();
    private final ColorPicker color = new ColorPicker();
    private final ComboBox<NextChoice> next = new ComboBox<>();
    private Chain shown;
    /** Set while the controls are filled from the map, so their change events run no command. */
    private boolean filling;

    ChainDetails(Consumer<Command> execute) {
        this.execute = execute;
        getStyleClass().add("chain-details");
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(6, 0, 6, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);

        name.setId("chain-name-field");
        name.setOnAction(event -> commitName());
        name.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitName();
            }
        });
        color.setId("chain-color-picker");
        color.setMaxWidth(Double.MAX_VALUE);
        // The value rather than the action: the action misses colours set without the palette popup.
        color.valueProperty().addListener((obs, old, now) -> commitColor());
        next.setId("chain-next-choice");
        next.setMaxWidth(Double.MAX_VALUE);
        next.setConverter(new StringConverter<>() {
            @Override
            public String toString(NextChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public NextChoice fromString(String text) {
                return null;
            }
        });
        next.setOnAction(event -> commitNext());

        addRow(0, label("chain.name", name), name);
        addRow(1, label("chain.color", color), color);
        addRow(2, label("chain.next", next), next);
    }

    /** Shows a chain of the map, or nothing (and disables the controls) with {@code null}. */
    void show(JourneyMap map, Chain chain) {
        filling = true;
        try {
            boolean otherChain = chain == null || shown == null || !shown.id().equals(chain.id());
            shown = chain;
            setDisable(chain == null);
            if (chain == null) {
                name.clear();
                next.getItems().clear();
                return;
            }
            // While the person types a name, an unrelated change must not overwrite it.
            if (otherChain || !name.isFocused()) {
                name.setText(chain.name());
            }
            Color chainColor = Color.web(chain.color());
            if (!chainColor.equals(color.getValue())) {
                color.setValue(chainColor);
            }
            List<NextChoice> choices = new ArrayList<>();
            choices.add(new NextChoice(null, ChainText.get("chain.next.none")));
            map.chains().forEach(other -> choices.add(new NextChoice(other.id(), other.name())));
            if (!choices.equals(next.getItems())) {
                next.getItems().setAll(choices);
            }
            next.getItems().stream().filter(choice -> Objects.equals(choice.chainId(), chain.nextChainId()))
                    .findFirst().ifPresent(choice -> {
                        if (!choice.equals(next.getValue())) {
                            next.setValue(choice);
                        }
                    });
        } finally {
            filling = false;
        }
    }

    /** Puts the cursor into the name, all of it selected, so a new chain can be named by typing. */
    void editName() {
        name.requestFocus();
        name.selectAll();
    }

    private void commitName() {
        if (filling || shown == null) {
            return;
        }
        String text = name.getText().strip();
        if (text.isEmpty() || text.equals(shown.name())) {
            // An empty name is refused: the field goes back to the chain's name.
            name.setText(shown.name());
            return;
        }
        execute.accept(ChainProperties.NAME.change(shown.id(), text));
    }

    private void commitColor() {
        if (filling || shown == null || color.getValue() == null) {
            return;
        }
        String hex = hex(color.getValue());
        if (!hex.equals(shown.color())) {
            execute.accept(ChainProperties.COLOR.change(shown.id(), hex));
        }
    }

    private void commitNext() {
        NextChoice choice = next.getValue();
        if (filling || shown == null || choice == null || Objects.equals(choice.chainId(), shown.nextChainId())) {
            return;
        }
        execute.accept(ChainProperties.NEXT_CHAIN.change(shown.id(), choice.chainId()));
    }

    static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }

    private static Label label(String key, javafx.scene.Node field) {
        Label label = new Label(ChainText.get(key));
        label.setLabelFor(field);
        return label;
    }
}
