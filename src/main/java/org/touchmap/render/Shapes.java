package org.touchmap.render;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import org.touchmap.layout.PathCommand;
import org.touchmap.layout.Point;
import org.touchmap.layout.Rect;

/** Translates the layout's geometry and the palette's colours into Java 2D. */
final class Shapes {
    private Shapes() {
    }

    /** A {@code #rrggbb} colour of the palette or the map. */
    static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    /** A {@code #rrggbb} colour with an opacity from 0 to 1. */
    static Color color(String hex, double opacity) {
        Color opaque = color(hex);
        return new Color(opaque.getRed(), opaque.getGreen(), opaque.getBlue(), (int) Math.round(opacity * 255));
    }

    static Rectangle2D rect(Rect rect) {
        return new Rectangle2D.Double(rect.x(), rect.y(), rect.width(), rect.height());
    }

    static RoundRectangle2D roundRect(Rect rect, double radius) {
        return new RoundRectangle2D.Double(rect.x(), rect.y(), rect.width(), rect.height(), 2 * radius, 2 * radius);
    }

    /** The path of the layout's commands, moved by ({@code dx}, {@code dy}). */
    static Path2D path(List<PathCommand> commands, double dx, double dy) {
        Path2D.Double path = new Path2D.Double();
        for (PathCommand command : commands) {
            if (command instanceof PathCommand.MoveTo move) {
                path.moveTo(move.to().x() + dx, move.to().y() + dy);
            } else if (command instanceof PathCommand.LineTo line) {
                path.lineTo(line.to().x() + dx, line.to().y() + dy);
            } else if (command instanceof PathCommand.QuadTo quad) {
                path.quadTo(quad.control().x() + dx, quad.control().y() + dy, quad.to().x() + dx, quad.to().y() + dy);
            } else if (command instanceof PathCommand.CubicTo cubic) {
                path.curveTo(cubic.control1().x() + dx, cubic.control1().y() + dy, cubic.control2().x() + dx,
                        cubic.control2().y() + dy, cubic.to().x() + dx, cubic.to().y() + dy);
            } else {
                path.closePath();
            }
        }
        return path;
    }

    static Path2D polygon(List<Point> corners) {
        Path2D.Double polygon = new Path2D.Double();
        for (int i = 0; i < corners.size(); i++) {
            Point corner = corners.get(i);
            if (i == 0) {
                polygon.moveTo(corner.x(), corner.y());
            } else {
                polygon.lineTo(corner.x(), corner.y());
            }
        }
        polygon.closePath();
        return polygon;
    }

    /** A rectangle with its own radius at each corner: top-left, top-right, bottom-right, bottom-left. */
    static Path2D roundedCorners(Rect r, double topLeft, double topRight, double bottomRight, double bottomLeft) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(r.x() + topLeft, r.y());
        path.lineTo(r.maxX() - topRight, r.y());
        path.quadTo(r.maxX(), r.y(), r.maxX(), r.y() + topRight);
        path.lineTo(r.maxX(), r.maxY() - bottomRight);
        path.quadTo(r.maxX(), r.maxY(), r.maxX() - bottomRight, r.maxY());
        path.lineTo(r.x() + bottomLeft, r.maxY());
        path.quadTo(r.x(), r.maxY(), r.x(), r.maxY() - bottomLeft);
        path.lineTo(r.x(), r.y() + topLeft);
        path.quadTo(r.x(), r.y(), r.x() + topLeft, r.y());
        path.closePath();
        return path;
    }
}
