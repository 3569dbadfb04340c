package org.touchmap.ui.canvas;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

import org.touchmap.layout.Connector;
import org.touchmap.layout.Point;

/**
 * A chain's arrow between two cards, in the chain's colour; the arrow into the next chain is
 * dashed. While its cards are dragged it takes the shape of the same arrow routed anew.
 */
final class ConnectorNode extends Group {
    static final String STYLE_CLASS = "connector";

    private final Path line = new Path();
    private final Polygon head = new Polygon();
    private Connector connector;

    ConnectorNode(Connector connector) {
        Color color = Color.web(connector.color());
        getStyleClass().add(STYLE_CLASS);
        if (connector.nextChain()) {
            getStyleClass().add("next-chain");
        }

        line.getStyleClass().add("connector-line");
        line.setStroke(color);
        line.setFill(null);
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        line.setStrokeLineJoin(StrokeLineJoin.ROUND);

        head.getStyleClass().add("connector-head");
        head.setFill(color);
        head.setStroke(color);
        head.setStrokeLineJoin(StrokeLineJoin.ROUND);

        reshape(connector);
        getChildren().addAll(line, head);
    }

    /** The arrow as drawn now. */
    Connector connector() {
        return connector;
    }

    /** Draws the route of {@code routed}, the same arrow (same chain and colour) along another way. */
    void reshape(Connector routed) {
        connector = routed;
        line.getElements().setAll(PathElements.of(routed.path()));
        List<Double> corners = new ArrayList<>(routed.arrowHead().size() * 2);
        for (Point point : routed.arrowHead()) {
            corners.add(point.x());
            corners.add(point.y());
        }
        head.getPoints().setAll(corners);
    }
}
