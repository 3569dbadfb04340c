package org.touchmap.ui;

import org.touchmap.ui.i18n.Messages;

import atlantafx.base.theme.Styles;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;

/** The line under the canvas: how many touchpoints, how many negative, the zoom. */
final class StatusLine {
    private final HBox bar = new HBox();
    private final Label summary = new Label();
    private final Label zoomLabel = new Label();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);

    StatusLine() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(summary, spacer, zoomLabel);
        bar.getStyleClass().add("status-line");
        bar.setPadding(new Insets(4, 10, 4, 10));
        summary.getStyleClass().add(Styles.TEXT_SMALL);
        zoomLabel.getStyleClass().add(Styles.TEXT_SMALL);
        zoomLabel.textProperty().bind(zoom.multiply(100).asString(Messages.locale(), Messages.get("status.zoom")));
    }

    /** Puts {@code part} between the summary and the zoom, e.g. the focus in force. */
    void addPart(Node part) {
        bar.getChildren().add(bar.getChildren().size() - 1, part);
    }

    Node node() {
        return bar;
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    void show(JourneyMap map) {
        long negative = map.touchpoints().stream().filter(t -> t.rating() == Rating.NEGATIVE).count();
        summary.setText(Messages.get("status.summary", map.touchpoints().size(), negative,
                map.stages().size(), map.chains().size()));
    }
}
