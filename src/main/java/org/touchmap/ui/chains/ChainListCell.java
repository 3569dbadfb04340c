package org.touchmap.ui.chains;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

/** A chain in the list: a swatch of its colour, its name and how many links it has. */
final class ChainListCell extends ListCell<ChainRow> {
    private final Circle swatch = new Circle(7);
    private final Label name = new Label();
    private final Label count = new Label();
    private final HBox row;

    ChainListCell() {
        swatch.getStyleClass().add("chain-swatch");
        name.getStyleClass().add("chain-name");
        name.setMaxWidth(Double.MAX_VALUE);
        name.setMinWidth(0);
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(name, Priority.ALWAYS);
        count.setGraphic(new FontIcon("mdi2v-vector-polyline"));
        count.getStyleClass().addAll("chain-link-count", Styles.TEXT_MUTED);
        row = new HBox(8, swatch, name, count);
        row.setAlignment(Pos.CENTER_LEFT);
        // The list is as wide as the side bar: a long name wraps onto more lines rather than making
        // the list scroll sideways or cutting the name.
        setPrefWidth(0);
    }

    /**
     * As tall as the row needs at the cell's width: the list asks with its width, and a long name
     * wraps to more lines there than at the row's own preferred width, so the next cell would
     * cover its last line.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() != row || width <= 0) {
            return super.computePrefHeight(width);
        }
        double inner = width - snappedLeftInset() - snappedRightInset();
        return Math.max(super.computePrefHeight(width),
                snappedTopInset() + row.prefHeight(inner) + snappedBottomInset());
    }

    @Override
    protected void updateItem(ChainRow item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        swatch.setFill(Color.web(item.color()));
        name.setText(item.name());
        count.setText(Integer.toString(item.linkCount()));
        setTooltip(new Tooltip(item.name() + "\n" + ChainText.get("chain.linkCount", item.linkCount())));
        setGraphic(row);
    }
}
