package org.touchmap.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.touchmap.analysis.StageFigures;
import org.touchmap.layout.EmotionLane;
import org.touchmap.layout.FigureCell;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.NoteBox;
import org.touchmap.model.JourneyMap;

/**
 * What the metrics and emotion lanes show on the canvas, where the layout put it for every picture
 * too: each stage's figures, and the curve of the stages' average emotion.
 */
final class LaneContentNodes {
    private LaneContentNodes() {
    }

    static List<Node> of(JourneyMap map, MapLayout layout, Locale locale) {
        List<Node> nodes = new ArrayList<>();
        Map<String, StageFigures> figures = layout.figureCells().isEmpty() ? Map.of() : StageFigures.of(map);
        for (FigureCell cell : layout.figureCells()) {
            StageFigures stage = figures.get(cell.stageId());
            if (stage == null) {
                continue;
            }
            double top = cell.box().y() + NoteBox.PADDING;
            for (String line : stage.lines(locale)) {
                Text text = new Text(cell.box().x(), top, line);
                text.getStyleClass().add("lane-figure");
                text.setFont(Font.font("DejaVu Sans", NoteBox.FONT_SIZE));
                text.setTextOrigin(VPos.TOP);
                text.setWrappingWidth(0);
                text.setMouseTransparent(true);
                nodes.add(text);
                top += NoteBox.LINE_HEIGHT;
            }
        }
        for (EmotionLane lane : layout.emotionLanes()) {
            Path zero = new Path(PathElements.ofSegments(List.of(lane.zeroLine())));
            zero.getStyleClass().add("emotion-lane-zero");
            zero.setMouseTransparent(true);
            nodes.add(zero);
            Polyline curve = new Polyline();
            lane.points().forEach(point -> curve.getPoints().addAll(point.at().x(), point.at().y()));
            curve.getStyleClass().add("emotion-lane-curve");
            curve.setMouseTransparent(true);
            nodes.add(curve);
            for (EmotionLane.Point point : lane.points()) {
                Circle dot = new Circle(point.at().x(), point.at().y(), EmotionLane.DOT_RADIUS);
                dot.getStyleClass().addAll("emotion-lane-dot", point.tone().name().toLowerCase(Locale.ROOT));
                dot.setMouseTransparent(true);
                nodes.add(dot);
            }
        }
        return nodes;
    }
}
