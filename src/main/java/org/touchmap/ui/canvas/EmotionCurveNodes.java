package org.touchmap.ui.canvas;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import org.touchmap.layout.EmotionCurve;
import org.touchmap.layout.EmotionScale;
import org.touchmap.layout.Palette;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * The shapes of one emotion curve in the strip: the dips filled in the negative colour, the curve
 * in the chain's colour turning negative below zero, as the exports draw it, and a dot per
 * touchpoint that names it on hover and selects its card on a click.
 */
final class EmotionCurveNodes {
    private static final double DOT_RADIUS = 5;

    private final EmotionCurve curve;
    private final String chainColor;
    private final double width;
    private final double height;
    private final CanvasMessages messages;
    private final JourneyMap map;
    private final Consumer<List<String>> selectCards;

    /**
     * @param curve       the curve, placed in the strip's coordinates
     * @param chainColor  the chain's colour, e.g. {@code #0072b2}
     * @param width       the strip's width
     * @param height      the strip's height
     * @param messages    the canvas's strings
     * @param map         the map the touchpoints belong to
     * @param selectCards selects cards by touchpoint id
     */
    EmotionCurveNodes(EmotionCurve curve, String chainColor, double width, double height, CanvasMessages messages,
                      JourneyMap map, Consumer<List<String>> selectCards) {
        this.curve = curve;
        this.chainColor = chainColor;
        this.width = width;
        this.height = height;
        this.messages = messages;
        this.map = map;
        this.selectCards = selectCards;
    }

    void addTo(Group group) {
        Group dips = new Group();
        for (EmotionCurve.Dip dip : curve.dips()) {
            Path area = new Path(PathElements.of(curve.dipArea(dip)));
            area.getStyleClass().add("emotion-dip");
            dips.getChildren().add(area);
        }
        dips.setClip(belowZero());
        Path line = curvePath("emotion-curve");
        line.setStroke(color(chainColor));
        Path lineBelowZero = curvePath("emotion-curve-below-zero");
        lineBelowZero.setClip(belowZero());
        group.getChildren().addAll(dips, line, lineBelowZero);
        for (int i = 0; i < curve.samples().size(); i++) {
            group.getChildren().add(dot(curve.samples().get(i), curve.points().get(i).y()));
        }
    }

    /** A score with its sign, as on the scale: "+2", "0", "−1". */
    static String signed(int score) {
        return score > 0 ? "+" + score : score < 0 ? "\u2212" + -score : "0";
    }

    private Path curvePath(String styleClass) {
        Path path = new Path(PathElements.of(curve.path()));
        path.getStyleClass().add(styleClass);
        path.setMouseTransparent(true);
        return path;
    }

    private Rectangle belowZero() {
        EmotionScale scale = curve.scale();
        return new Rectangle(0, scale.zeroY(), width, Math.max(0, height - scale.zeroY()));
    }

    private Circle dot(EmotionCurve.Sample sample, double y) {
        Circle dot = new Circle(sample.x(), y, DOT_RADIUS);
        dot.getStyleClass().addAll("emotion-dot", mood(sample.emotion()));
        dot.setUserData(sample.touchpointId());
        dot.setCursor(Cursor.HAND);
        String name = map.findTouchpoint(sample.touchpointId()).map(Touchpoint::name).orElse("");
        Tooltip tooltip = new Tooltip(messages.get("emotion.tooltip", name, signed(sample.emotion())));
        tooltip.setShowDelay(Duration.millis(200));
        Tooltip.install(dot, tooltip);
        dot.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                selectCards.accept(List.of(sample.touchpointId()));
                event.consume();
            }
        });
        return dot;
    }

    private static String mood(int emotion) {
        return emotion > 0 ? "positive" : emotion < 0 ? "negative" : "neutral";
    }

    private static Color color(String web) {
        try {
            return Color.web(web);
        } catch (IllegalArgumentException | NullPointerException e) {
            // A colour the file got wrong still draws a curve, in the text colour.
            return Color.web(Palette.TEXT);
        }
    }
}
