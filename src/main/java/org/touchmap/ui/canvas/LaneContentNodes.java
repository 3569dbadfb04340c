package org.touchmap.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Path;
import javafx.scene.shape.Line;
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

    /** The tags of a curve's segment or dot: the stages and cards of its points. */
    private static RevealTags tags(List<EmotionLane.Point> points) {
        return new RevealTags(points.stream().map(EmotionLane.Point::stageId).toList(), points.stream()
                .map(EmotionLane.Point::touchpointId).filter(java.util.Objects::nonNull).toList());
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
                new RevealTags(List.of(cell.stageId()), List.of()).on(text);
                nodes.add(text);
                top += NoteBox.LINE_HEIGHT;
            }
        }
        for (EmotionLane lane : layout.emotionLanes()) {
            Path zero = new Path(PathElements.ofSegments(List.of(lane.zeroLine())));
            zero.getStyleClass().add("emotion-lane-zero");
            zero.setMouseTransparent(true);
            nodes.add(zero);
            // A segment per pair of points and a dot per point, each knowing what it shows, so that
            // presenting draws the curve only as far as the stages and cards revealed.
            for (int i = 1; i < lane.points().size(); i++) {
                EmotionLane.Point from = lane.points().get(i - 1);
                EmotionLane.Point to = lane.points().get(i);
                Line segment = new Line(from.at().x(), from.at().y(), to.at().x(), to.at().y());
                segment.getStyleClass().add("emotion-lane-curve");
                segment.setMouseTransparent(true);
                tags(List.of(from, to)).on(segment);
                nodes.add(segment);
            }
            for (EmotionLane.Point point : lane.points()) {
                Circle dot = new Circle(point.at().x(), point.at().y(), EmotionLane.DOT_RADIUS);
                dot.getStyleClass().addAll("emotion-lane-dot", point.tone().name().toLowerCase(Locale.ROOT));
                dot.setMouseTransparent(true);
                tags(List.of(point)).on(dot);
                nodes.add(dot);
            }
        }
        return nodes;
    }
}
