package org.touchmap.ui.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.control.Tooltip;

import org.touchmap.analysis.StageHealth;
import org.touchmap.ui.i18n.Messages;

/** One row per stage: ratings, visitors, funnel, share negative, criteria average and health. */
final class StageTable {
    /** Narrowest columns: one sign, and a number such as "12,000"; a header word widens its column. */
    private static final double NARROW = 34;
    private static final double WIDE = 64;
    /** Space around a header's word: the cell padding and the column's divider. */
    private static final double HEADER_PADDING = 32;
    private static final double HEADER_FONT_SIZE = 14;
    private final TableView<StageRow> table = new TableView<>();
    private AnalysisFormat format = AnalysisFormat.current();

    StageTable() {
        table.setId("analysis-stages");
        table.getStyleClass().add("analysis-stages");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("analysis.noStages")));
        TableColumn<StageRow, String> stage = text("stage", 0, row -> row.analysis().summary().name());
        stage.setMinWidth(190);
        // A long stage name ("Потрага за информацијама") wraps onto a second line rather than end in "…".
        stage.setCellFactory(c -> new TableCell<>() {
            {
                setWrapText(true);
            }

            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
            }
        });
        table.getColumns().addAll(List.of(stage,
                text("positive", NARROW, row -> format.count(row.analysis().summary().positive())),
                text("neutral", NARROW, row -> format.count(row.analysis().summary().neutral())),
                text("negative", NARROW, row -> format.count(row.analysis().summary().negative())),
                text("unrated", WIDE, row -> format.count(row.analysis().summary().unrated())),
                text("visitors", WIDE, row -> format.count(row.analysis().summary().visitors())),
                text("conversion", WIDE, row -> format.percent(row.analysis().summary().conversionToNext())),
                text("dropOff", WIDE, row -> format.percent(row.dropOff())),
                text("negativeShare", WIDE, row -> format.percent(row.analysis().shareNegative())),
                text("criteria", WIDE, row -> format.score(row.analysis().criteriaAverage())),
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

    /** A column of text; {@code width} above 0 makes it a right-aligned number column at least that wide. */
    private TableColumn<StageRow, String> text(String key, double width, Function<StageRow, String> value) {
        TableColumn<StageRow, String> column = column(key);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        if (width > 0) {
            column.getStyleClass().add("analysis-number");
            column.setMinWidth(Math.max(width, column.getMinWidth()));
        }
        return column;
    }

    private TableColumn<StageRow, StageHealth> health() {
        TableColumn<StageRow, StageHealth> column = column("health");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().analysis().health()));
        column.setCellFactory(c -> new HealthCell<>());
        double widestWord = Arrays.stream(StageHealth.values())
                .mapToDouble(health -> textWidth(Messages.get("analysis.health." + health.name().toLowerCase(Locale.ROOT))))
                .max().orElse(0);
        // Room for the health dot beside the word.
        column.setMinWidth(Math.max(column.getMinWidth(), widestWord + 2 * HEADER_PADDING));
        return column;
    }

    /** How wide a word is in the table's bold header font. */
    private static double textWidth(String word) {
        Text text = new Text(word);
        // The theme sets the header at 14 px whatever the platform's default size.
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD,
                Math.max(HEADER_FONT_SIZE, Font.getDefault().getSize())));
        return Math.ceil(text.getLayoutBounds().getWidth());
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
        // Headers are longer in Russian and Serbian than in English: never narrower than the word.
        column.setMinWidth(textWidth(header.getText()) + HEADER_PADDING);
        return column;
    }
}
