package org.touchmap.analysis;

import java.util.OptionalDouble;

/**
 * How a stage is doing, from its share of negative touchpoints and its average criteria score.
 * <ul>
 *   <li>{@link #UNKNOWN}: no touchpoint of the stage is rated and none has a criteria score;</li>
 *   <li>{@link #POOR}: at least half of the rated touchpoints are negative, or the criteria average is below 2.5;</li>
 *   <li>{@link #WATCH}: at least a quarter of the rated touchpoints are negative, or the criteria average is below 3.5;</li>
 *   <li>{@link #GOOD}: otherwise.</li>
 * </ul>
 * A number that is missing (no rated touchpoint, no criteria score) does not count against the stage.
 */
public enum StageHealth {
    GOOD, WATCH, POOR, UNKNOWN;

    /** Share negative at or above which a stage is {@link #POOR}. */
    public static final double POOR_SHARE = 0.5;
    /** Share negative at or above which a stage is at least {@link #WATCH}. */
    public static final double WATCH_SHARE = 0.25;
    /** Criteria average below which a stage is {@link #POOR}. */
    public static final double POOR_AVERAGE = 2.5;
    /** Criteria average below which a stage is at least {@link #WATCH}. */
    public static final double WATCH_AVERAGE = 3.5;

    /** The mark for a stage with this share of negative touchpoints and this criteria average. */
    public static StageHealth of(OptionalDouble shareNegative, OptionalDouble criteriaAverage) {
        if (shareNegative.isEmpty() && criteriaAverage.isEmpty()) {
            return UNKNOWN;
        }
        double share = shareNegative.orElse(0);
        double average = criteriaAverage.orElse(5);
        if (share >= POOR_SHARE || average < POOR_AVERAGE) {
            return POOR;
        }
        if (share >= WATCH_SHARE || average < WATCH_AVERAGE) {
            return WATCH;
        }
        return GOOD;
    }
}
