package org.touchmap.analysis;

import java.util.OptionalDouble;

/**
 * One stage's counts with what they mean.
 *
 * @param summary         the counts per rating, visitors and conversion to the next stage
 * @param shareNegative   negative touchpoints over the <em>rated</em> ones (positive, neutral, negative;
 *                        unrated cards are left out, as they say nothing yet); empty when none is rated
 * @param criteriaAverage mean of the criteria averages of the stage's touchpoints that have criteria scores
 *                        (each touchpoint counts once, however many criteria it has); empty when none has
 * @param health          the stage's mark, see {@link StageHealth}
 * @param dropOffToNext   share of the stage's customers who do not reach the next stage (1 − conversion);
 *                        empty when the conversion is unknown
 * @param biggestLeak     whether the map loses the largest share of its customers after this stage,
 *                        see {@link Funnel#biggestLeak()}
 */
public record StageAnalysis(StageSummary summary, OptionalDouble shareNegative, OptionalDouble criteriaAverage,
                            StageHealth health, OptionalDouble dropOffToNext, boolean biggestLeak) {
}
