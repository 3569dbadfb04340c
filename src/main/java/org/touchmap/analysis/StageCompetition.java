package org.touchmap.analysis;

import org.touchmap.model.CompetitorComparison;

/**
 * How one stage's touchpoints compare with the competitors': how many carry each
 * {@link CompetitorComparison}. Touchpoints without a comparison are not counted.
 *
 * @param stageId           the stage
 * @param better            touchpoints better than the competitors'
 * @param same              touchpoints the same as the competitors'
 * @param worse             touchpoints worse than the competitors'
 * @param competitorLacksIt touchpoints competitors do not have
 * @param weLackIt          touchpoints competitors have and we do not
 */
public record StageCompetition(String stageId, int better, int same, int worse, int competitorLacksIt,
                               int weLackIt) {

    /** How many touchpoints of the stage have {@code comparison}. */
    public int count(CompetitorComparison comparison) {
        return switch (comparison) {
            case BETTER -> better;
            case SAME -> same;
            case WORSE -> worse;
            case COMPETITOR_LACKS_IT -> competitorLacksIt;
            case WE_LACK_IT -> weLackIt;
        };
    }

    /** Touchpoints of the stage compared with competitors in any way. */
    public int compared() {
        return better + same + worse + competitorLacksIt + weLackIt;
    }

    /** Touchpoints where we have the edge: better, or competitors lack them. */
    public int ahead() {
        return better + competitorLacksIt;
    }

    /** Touchpoints where competitors have the edge: worse, or we lack them. */
    public int behind() {
        return worse + weLackIt;
    }

    /** The stage's standing, see {@link CompetitorVerdict}. */
    public CompetitorVerdict verdict() {
        if (compared() == 0) {
            return CompetitorVerdict.NOT_COMPARED;
        }
        int edge = Integer.compare(ahead(), behind());
        return edge > 0 ? CompetitorVerdict.AHEAD : edge < 0 ? CompetitorVerdict.BEHIND : CompetitorVerdict.EVEN;
    }
}
