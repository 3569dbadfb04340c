package org.touchmap.ui.properties;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.touchmap.model.Criterion;

/**
 * Scores 1–5 for the criteria of the cards' channel type, each as five joined buttons; clicking
 * the pressed score leaves the criterion unscored. The criterion's hint is its tooltip. The
 * average of the given scores is shown above the rows. The rows change with the channel.
 */
final class CriteriaEditor implements FieldEditor {
    private static final List<Integer> SCORES =
            IntStream.rangeClosed(Criterion.MIN_SCORE, Criterion.MAX_SCORE).boxed().toList();

    private final EditScope scope;
    private final PanelText text;
    private final Label average = new Label();
    private final Label note = new Label();
    private final GridPane rows = new GridPane();
    private final VBox node;
    private final List<ToggleChoiceEditor<Integer>> editors = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();
    private List<Criterion> shown = List.of();

    CriteriaEditor(EditScope scope, PanelText text) {
        this.scope = scope;
        this.text = text;
        average.getStyleClass().addAll("criteria-average", Styles.TEXT_BOLD);
        average.setId("criteria-average");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());
        rows.getStyleClass().add("criteria-rows");
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setHgrow(Priority.ALWAYS);
        nameColumn.setFillWidth(true);
        ColumnConstraints scoreColumn = new ColumnConstraints();
        scoreColumn.setHalignment(HPos.RIGHT);
        rows.getColumnConstraints().setAll(nameColumn, scoreColumn);
        Label hint = new Label(text.get("criteria.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        node = new VBox(6, average, note, rows, hint);
    }

    VBox node() {
        return node;
    }

    @Override
    public void load() {
        List<Criterion> criteria = CriteriaSet.shared(scope.map(), scope.ids());
        if (!criteria.equals(shown)) {
            rebuild(criteria);
        }
        for (int i = 0; i < editors.size(); i++) {
            ToggleChoiceEditor<Integer> editor = editors.get(i);
            editor.load();
            String name = criteria.get(i).displayName(text.locale());
            names.get(i).setText(editor.loaded().mixed() ? text.get("mixedSuffix", name) : name);
        }
        OptionalDouble mean = CriteriaSet.average(scope.map(), scope.ids(), criteria);
        NumberFormat format = NumberFormat.getNumberInstance(text.locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        average.setText(mean.isPresent() ? text.get("criteria.average", format.format(mean.getAsDouble()))
                : text.get("criteria.average.none"));
        note.setVisible(CriteriaSet.differ(scope.map(), scope.ids()));
        note.setText(text.get("criteria.sharedOnly"));
    }

    private void rebuild(List<Criterion> criteria) {
        shown = criteria;
        editors.clear();
        names.clear();
        rows.getChildren().clear();
        for (int row = 0; row < criteria.size(); row++) {
            Criterion criterion = criteria.get(row);
            Label name = new Label(criterion.displayName(text.locale()));
            name.setWrapText(true);
            // What a good score means, under the name: people new to rating touchpoints need it
            // for every criterion, not only the ones they think to hover over.
            Label hint = new Label(criterion.hint(text.locale()));
            hint.setWrapText(true);
            hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "criterion-hint");
            hint.setId("hint-" + criterion.id());
            VBox described = new VBox(1, name, hint);
            ToggleChoiceEditor<Integer> scores = new ToggleChoiceEditor<>(scope, EditedValues.criterionScore(criterion),
                    SCORES, score -> {
                        ToggleButton button = new ToggleButton(String.valueOf(score));
                        button.setId("score-" + criterion.id() + "-" + score);
                        button.setTooltip(new Tooltip(text.get("score." + score)));
                        return button;
                    }, true, null, true);
            scores.node().getStyleClass().add("score-buttons");
            rows.addRow(row, described, scores.node());
            editors.add(scores);
            names.add(name);
        }
    }
}
