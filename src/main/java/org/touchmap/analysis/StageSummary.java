package org.touchmap.analysis;

import java.util.OptionalDouble;

import org.touchmap.model.Rating;

/**
 * What one stage of a map holds: how many of its touchpoints have each rating, how many
 * customers reach it, and how many of them go on to the next stage.
 *
 * @param stageId          the stage's id
 * @param name             the stage's name
 * @param phase            the phase the stage belongs to, or {@code null}
 * @param positive         touchpoints rated positive
 * @param neutral          touchpoints rated neutral
 * @param negative         touchpoints rated negative
 * @param unrated          touchpoints not rated yet
 * @param visitors         customers who reach the stage, or {@code null} when unknown
 * @param conversionToNext share of this stage's visitors who reach the next stage (0.25 for 25 %),
 *                         empty for the last stage and when either count is unknown or this one is 0
 */
public record StageSummary(String stageId, String name, String phase, int positive, int neutral, int negative,
                           int unrated, Long visitors, OptionalDouble conversionToNext) {

    /** All touchpoints of the stage, rated or not. */
    public int total() {
        return positive + neutral + negative + unrated;
    }

    /** How many touchpoints of the stage have {@code rating}. */
    public int count(Rating rating) {
        return switch (rating) {
            case POSITIVE -> positive;
            case NEUTRAL -> neutral;
            case NEGATIVE -> negative;
            case UNRATED -> unrated;
        };
    }
}
