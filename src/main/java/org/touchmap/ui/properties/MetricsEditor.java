package org.touchmap.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import org.touchmap.edit.Command;
import org.touchmap.model.Metric;

/**
 * The measured numbers of the cards, one field per metric with its range as a hint. An empty
 * field means "not measured"; a value out of range is refused with a message under the field.
 */
final class MetricsEditor implements FieldEditor {
    private static final int FIELD_COLUMNS = 11;

    private final GridPane grid = new GridPane();
    private final List<TextEditor<Double>> editors = new ArrayList<>();

    MetricsEditor(EditScope scope, PanelText text) {
        NumberInput numbers = new NumberInput(text);
        grid.getStyleClass().add("metrics-grid");
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(nameColumn, new ColumnConstraints());
        int row = 0;
        for (Metric metric : Metric.values()) {
            Label name = new Label(text.name("metric", metric));
            name.setWrapText(true);
            name.setTooltip(new Tooltip(text.name("metric.hint", metric)));
            TextField field = new TextField();
            field.setPrefColumnCount(FIELD_COLUMNS);
            field.setId("metric-" + metric.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            name.setLabelFor(field);
            TextEditor<Double> editor = new TextEditor<>(scope, EditedValues.metric(metric), new TextCodec<>() {
                @Override
                public String format(Double value) {
                    return numbers.format(value);
                }

                @Override
                public ParsedInput<Double> parse(String typed) {
                    return numbers.metric(typed, metric);
                }
            }, field, text);
            editor.setPrompt(numbers.rangeHint(metric));
            grid.addRow(row++, name, field);
            grid.add(editor.error(), 0, row++, 2, 1);
            editors.add(editor);
        }
    }

    GridPane node() {
        return grid;
    }

    @Override
    public void load() {
        editors.forEach(TextEditor::load);
    }

    @Override
    public Optional<Command> takePendingEdit() {
        // Every field goes back to its stored value; only one can hold a finished edit at a time.
        List<Command> pending = editors.stream().map(TextEditor::takePendingEdit).flatMap(Optional::stream).toList();
        return pending.stream().findFirst();
    }
}
