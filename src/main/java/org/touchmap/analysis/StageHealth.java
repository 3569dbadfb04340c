package org.touchmap.analysis;

import java.util.OptionalDouble;

/**
 * How a stage is doing: what its cards say (share of negative touchpoints, average criteria score)
 * weighed with how many customers it loses on the way to the next stage.
 * <p>The cards' mark:
 * <ul>
 *   <li>{@link #POOR}: at least half of the rated touchpoints are negative, or the criteria average is below 2.5;</li>
 *   <li>{@link #WATCH}: at least a quarter of the rated touchpoints are negative, or the criteria average is below 3.5;</li>
 *   <li>{@link #GOOD}: otherwise;</li>
 *   <li>{@link #UNKNOWN}: no touchpoint of the stage is rated and none has a criteria score.</li>
 * </ul>
 * The funnel's mark, from the drop-off to the next stage: at least {@link #WATCH} when half of the customers or
 * more are lost; the biggest leak of the map (its largest drop-off) is at least {@link #WATCH} and
 * {@link #POOR} when it loses half of the customers or more. A stage's health is the worse of the two marks, so
 * the stage where the most customers are lost is never {@link #GOOD}, however well its cards are rated.
 * A number that is missing (no rated touchpoint, no criteria score, no visitor count) does not count against
 * the stage; a stage whose cards say nothing is {@link #UNKNOWN} unless the funnel marks it.
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
    /**
     * Drop-off to the next stage at or above which a stage is at least {@link #WATCH}, and the biggest leak
     * of the map is {@link #POOR}.
     */
    public static final double WATCH_DROP_OFF = 0.5;

    /** The cards' mark for a stage with this share of negative touchpoints and this criteria average. */
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

    /**
     * The health of a stage: the cards' mark weighed with the funnel's.
     *
     * @param dropOffToNext share of the stage's customers who do not reach the next stage; empty when unknown
     * @param biggestLeak   whether this stage loses the largest share of customers of the map
     */
    public static StageHealth of(OptionalDouble shareNegative, OptionalDouble criteriaAverage,
                                 OptionalDouble dropOffToNext, boolean biggestLeak) {
        return worse(of(shareNegative, criteriaAverage), funnelMark(dropOffToNext, biggestLeak));
    }

    /** What the drop-off alone says: {@link #UNKNOWN} when it says nothing worth a mark. */
    static StageHealth funnelMark(OptionalDouble dropOffToNext, boolean biggestLeak) {
        double dropOff = dropOffToNext.orElse(0);
        if (biggestLeak) {
            return dropOff >= WATCH_DROP_OFF ? POOR : WATCH;
        }
        return dropOff >= WATCH_DROP_OFF ? WATCH : UNKNOWN;
    }

    private static StageHealth worse(StageHealth cards, StageHealth funnel) {
        if (funnel == UNKNOWN) {
            return cards;
        }
        if (cards == UNKNOWN) {
            return funnel;
        }
        return cards.ordinal() >= funnel.ordinal() ? cards : funnel;
    }
}
