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
import org.touchmap.layout.Rect;

/**
 * A chain's arrow between two cards, in the chain's colour; the arrow into the next chain is
 * dashed. While its cards are dragged it takes the shape of the same arrow routed anew.
 */
final class ConnectorNode extends Group {
    static final String STYLE_CLASS = "connector";
    /** How far the drawn arrow may reach beyond its points: half the widest line, with room to spare. */
    static final double STROKE_ALLOWANCE = 8;

    private final Color color;
    private Connector connector;
    private Rect extent;

    /**
     * An arrow starts hidden and without its line and head; culling shows it when it is near the
     * view, and it lets them go when hidden again, as a card does with its parts: a map at its
     * limits has a hundred thousand arrows, and a line and head each cost their points and styles.
     */
    ConnectorNode(Connector connector) {
        this.color = Color.web(connector.color());
        getStyleClass().add(STYLE_CLASS);
        if (connector.nextChain()) {
            getStyleClass().add("next-chain");
        }
        this.connector = connector;
        this.extent = extentOf(connector);
        setVisible(false);
        visibleProperty().addListener(obs -> buildParts());
    }

    /** The arrow as drawn now. */
    Connector connector() {
        return connector;
    }

    /**
     * Where the arrow lies, in map coordinates, known without the node being laid out: its points
     * and head, widened by {@link #STROKE_ALLOWANCE} for the width of its line and rounded bends.
     */
    Rect extent() {
        return extent;
    }

    /** Draws the route of {@code routed}, the same arrow (same chain and colour) along another way. */
    void reshape(Connector routed) {
        connector = routed;
        extent = extentOf(routed);
        if (getChildren().size() == 2 && getChildren().get(0) instanceof Path line
                && getChildren().get(1) instanceof Polygon head) {
            // Followed on every step of a drag: the shown line and head take the new route.
            drawRoute(line, head);
        }
    }

    private void buildParts() {
        if (!isVisible()) {
            getChildren().clear();
            return;
        }
        Path line = new Path();
        line.getStyleClass().add("connector-line");
        line.setStroke(color);
        line.setFill(null);
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        line.setStrokeLineJoin(StrokeLineJoin.ROUND);

        Polygon head = new Polygon();
        head.getStyleClass().add("connector-head");
        head.setFill(color);
        head.setStroke(color);
        head.setStrokeLineJoin(StrokeLineJoin.ROUND);
        drawRoute(line, head);
        getChildren().setAll(line, head);
        // Styled at once: arrows are shown while culling, after the pulse's own CSS pass, and an
        // unstyled line would be drawn at its default width for a frame.
        applyCss();
    }

    private void drawRoute(Path line, Polygon head) {
        line.getElements().setAll(PathElements.of(connector.path()));
        List<Double> corners = new ArrayList<>(connector.arrowHead().size() * 2);
        for (Point point : connector.arrowHead()) {
            corners.add(point.x());
            corners.add(point.y());
        }
        head.getPoints().setAll(corners);
    }

    private static Rect extentOf(Connector routed) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (List<Point> points : List.of(routed.points(), routed.arrowHead())) {
            for (Point point : points) {
                minX = Math.min(minX, point.x());
                minY = Math.min(minY, point.y());
                maxX = Math.max(maxX, point.x());
                maxY = Math.max(maxY, point.y());
            }
        }
        return new Rect(minX - STROKE_ALLOWANCE, minY - STROKE_ALLOWANCE,
                maxX - minX + 2 * STROKE_ALLOWANCE, maxY - minY + 2 * STROKE_ALLOWANCE);
    }
}
