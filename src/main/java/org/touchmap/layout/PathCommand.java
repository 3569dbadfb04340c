package org.touchmap.layout;

/**
 * One step of a drawn path, in the vocabulary both JavaFX paths and {@code java.awt.geom.Path2D}
 * understand, so the canvas and the exports draw identical curves.
 */
public sealed interface PathCommand {

    /** Where the path starts. */
    record MoveTo(Point to) implements PathCommand {
    }

    /** A straight line to a point. */
    record LineTo(Point to) implements PathCommand {
    }

    /** A quadratic curve through a control point, used for rounded corners. */
    record QuadTo(Point control, Point to) implements PathCommand {
    }

    /** A cubic curve through two control points, used for smooth curves such as the emotion curve. */
    record CubicTo(Point control1, Point control2, Point to) implements PathCommand {
    }

    /** A straight line back to where the path started, closing a shape. */
    record Close() implements PathCommand {
    }
}
