package org.touchmap.ui.analysis;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

import org.touchmap.analysis.StageHealth;
import org.touchmap.layout.Palette;

/** A stage's health as a word with a coloured dot before it; the word alone says it all. */
final class HealthCell<S> extends TableCell<S, StageHealth> {
    private static final double DOT_RADIUS = 5;

    HealthCell() {
        setContentDisplay(ContentDisplay.LEFT);
        setGraphicTextGap(6);
    }

    @Override
    protected void updateItem(StageHealth health, boolean empty) {
        super.updateItem(health, empty);
        if (empty || health == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(AnalysisFormat.health(health));
        setGraphic(dot(health));
    }

    static Circle dot(StageHealth health) {
        Circle dot = new Circle(DOT_RADIUS, Color.web(color(health)));
        dot.setStroke(Color.web(health == StageHealth.UNKNOWN ? Palette.UNRATED_BORDER : color(health)));
        dot.getStyleClass().add("analysis-health-dot");
        return dot;
    }

    static String color(StageHealth health) {
        return switch (health) {
            case GOOD -> Palette.POSITIVE;
            case WATCH -> Palette.KEY_POINT;
            case POOR -> Palette.NEGATIVE;
            case UNKNOWN -> Palette.UNRATED;
        };
    }
}
