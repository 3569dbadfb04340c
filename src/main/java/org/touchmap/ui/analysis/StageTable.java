package org.touchmap.ui.analysis;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import org.touchmap.analysis.StageHealth;
import org.touchmap.ui.i18n.Messages;

/** One row per stage: ratings, visitors, funnel, share negative, criteria average and health. */
final class StageTable {
    private final TableView<StageRow> table = new TableView<>();
    private AnalysisFormat format = AnalysisFormat.current();

    StageTable() {
        table.setId("analysis-stages");
        table.getStyleClass().add("analysis-stages");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("analysis.noStages")));
        TableColumn<StageRow, String> stage = text("stage", false, row -> row.analysis().summary().name());
        stage.setMinWidth(120);
        table.getColumns().addAll(List.of(stage,
                text("positive", true, row -> format.count(row.analysis().summary().positive())),
                text("neutral", true, row -> format.count(row.analysis().summary().neutral())),
                text("negative", true, row -> format.count(row.analysis().summary().negative())),
                text("unrated", true, row -> format.count(row.analysis().summary().unrated())),
                text("visitors", true, row -> format.count(row.analysis().summary().visitors())),
                text("conversion", true, row -> format.percent(row.analysis().summary().conversionToNext())),
                text("dropOff", true, row -> format.percent(row.dropOff())),
                text("negativeShare", true, row -> format.percent(row.analysis().shareNegative())),
                text("criteria", true, row -> format.score(row.analysis().criteriaAverage())),
                health()));
    }

    TableView<StageRow> node() {
        return table;
    }

    void show(List<StageRow> rows) {
        format = AnalysisFormat.current();
        table.getItems().setAll(rows);
        table.refresh();
    }

    private TableColumn<StageRow, String> text(String key, boolean number, Function<StageRow, String> value) {
        TableColumn<StageRow, String> column = column(key);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        if (number) {
            column.getStyleClass().add("analysis-number");
            column.setMinWidth(36);
        }
        return column;
    }

    private TableColumn<StageRow, StageHealth> health() {
        TableColumn<StageRow, StageHealth> column = column("health");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().analysis().health()));
        column.setCellFactory(c -> new HealthCell<>());
        column.setMinWidth(90);
        return column;
    }

    private static <T> TableColumn<StageRow, T> column(String key) {
        TableColumn<StageRow, T> column = new TableColumn<>();
        column.setId("analysis-" + key);
        column.setSortable(false);
        column.setReorderable(false);
        Label header = new Label(Messages.get("analysis.column." + key));
        String hint = "analysis.column." + key + ".hint";
        if (Messages.bundle().containsKey(hint)) {
            header.setTooltip(new Tooltip(Messages.get(hint)));
        }
        column.setGraphic(header);
        return column;
    }
}
