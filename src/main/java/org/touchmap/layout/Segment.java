package org.touchmap.layout;

/** A straight line, e.g. a grid line between two stage columns. */
public record Segment(Point from, Point to) {
}
