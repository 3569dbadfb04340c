package org.touchmap.layout;

import java.util.List;

/**
 * The emotion curve as a lane of the grid: one point per stage that has cards, at the average
 * emotion score of its cards, from −2 at the band's bottom through 0 on its middle line to +2 at
 * its top. A stage without cards has no point; the curve joins its neighbours.
 *
 * @param laneId the emotion lane
 * @param band   the height the scores span, the lane's row less the cells' padding
 * @param points the stages' points, left to right
 */
public record EmotionLane(String laneId, Rect band, List<Point> points) {

    /**
     * A point of the curve and the score it stands for: a stage's average, or along a chain one
     * card's emotion ({@code touchpointId}, {@code null} for a stage's average).
     */
    public record Point(String stageId, String touchpointId, org.touchmap.layout.Point at, double emotion) {
        /** The rating whose colour the point takes: half a step from 0 either way tips it. */
        public org.touchmap.model.Rating tone() {
            return emotion >= 0.5 ? org.touchmap.model.Rating.POSITIVE
                    : emotion <= -0.5 ? org.touchmap.model.Rating.NEGATIVE : org.touchmap.model.Rating.NEUTRAL;
        }
    }

    /** Radius of a stage's dot on the curve. */
    public static final double DOT_RADIUS = 5;

    public EmotionLane {
        points = List.copyOf(points);
    }

    /** The middle line, emotion 0, across the band. */
    public Segment zeroLine() {
        return new Segment(new org.touchmap.layout.Point(band.x(), band.centerY()),
                new org.touchmap.layout.Point(band.maxX(), band.centerY()));
    }
}
