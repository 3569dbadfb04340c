package org.touchmap.ui.canvas;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

import org.touchmap.layout.Connector;
import org.touchmap.layout.Point;

/** A chain's arrow between two cards, in the chain's colour; the arrow into the next chain is dashed. */
final class ConnectorNode extends Group {
    static final String STYLE_CLASS = "connector";

    private final Connector connector;

    ConnectorNode(Connector connector) {
        this.connector = connector;
        Color color = Color.web(connector.color());
        getStyleClass().add(STYLE_CLASS);
        if (connector.nextChain()) {
            getStyleClass().add("next-chain");
        }

        Path line = new Path(PathElements.of(connector.path()));
        line.getStyleClass().add("connector-line");
        line.setStroke(color);
        line.setFill(null);
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        line.setStrokeLineJoin(StrokeLineJoin.ROUND);

        Polygon head = new Polygon();
        for (Point point : connector.arrowHead()) {
            head.getPoints().addAll(point.x(), point.y());
        }
        head.getStyleClass().add("connector-head");
        head.setFill(color);
        head.setStroke(color);
        head.setStrokeLineJoin(StrokeLineJoin.ROUND);

        getChildren().addAll(line, head);
    }

    Connector connector() {
        return connector;
    }
}
