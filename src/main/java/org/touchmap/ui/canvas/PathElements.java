package org.touchmap.ui.canvas;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.QuadCurveTo;

import org.touchmap.layout.PathCommand;
import org.touchmap.layout.Segment;

/** Translates the layout's path vocabulary into JavaFX path elements. */
final class PathElements {
    private PathElements() {
    }

    static List<PathElement> of(List<PathCommand> commands) {
        List<PathElement> elements = new ArrayList<>(commands.size());
        for (PathCommand command : commands) {
            elements.add(element(command));
        }
        return elements;
    }

    private static PathElement element(PathCommand command) {
        if (command instanceof PathCommand.MoveTo move) {
            return new MoveTo(move.to().x(), move.to().y());
        }
        if (command instanceof PathCommand.LineTo line) {
            return new LineTo(line.to().x(), line.to().y());
        }
        if (command instanceof PathCommand.QuadTo quad) {
            return new QuadCurveTo(quad.control().x(), quad.control().y(), quad.to().x(), quad.to().y());
        }
        if (command instanceof PathCommand.CubicTo cubic) {
            return new CubicCurveTo(cubic.control1().x(), cubic.control1().y(), cubic.control2().x(),
                    cubic.control2().y(), cubic.to().x(), cubic.to().y());
        }
        return new ClosePath();
    }

    /** One path holding many separate lines, cheaper to draw than a node per line. */
    static List<PathElement> ofSegments(List<Segment> segments) {
        List<PathElement> elements = new ArrayList<>(segments.size() * 2);
        for (Segment segment : segments) {
            elements.add(new MoveTo(segment.from().x(), segment.from().y()));
            elements.add(new LineTo(segment.to().x(), segment.to().y()));
        }
        return elements;
    }
}
