package org.touchmap.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;

/** The line under the canvas: how many touchpoints, how many negative, the zoom. */
final class StatusLine {
    private final StatusBar bar = new StatusBar();
    private final Label zoomLabel = new Label();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);

    StatusLine() {
        bar.getRightItems().add(zoomLabel);
        zoomLabel.textProperty().bind(zoom.multiply(100).asString(Messages.locale(), Messages.get("status.zoom")));
    }

    Node node() {
        return bar;
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    void show(JourneyMap map) {
        long negative = map.touchpoints().stream().filter(t -> t.rating() == Rating.NEGATIVE).count();
        bar.setText(Messages.get("status.summary", map.touchpoints().size(), negative,
                map.stages().size(), map.chains().size()));
    }
}
