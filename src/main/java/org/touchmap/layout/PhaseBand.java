package org.touchmap.layout;

/**
 * A segment of the phase band: consecutive stages that share a phase, e.g. "Pre-sale".
 *
 * @param phase           the phase name as the stages carry it
 * @param firstStageIndex index of the first stage under the segment
 * @param lastStageIndex  index of the last stage under the segment (inclusive)
 * @param bounds          where the segment is drawn
 */
public record PhaseBand(String phase, int firstStageIndex, int lastStageIndex, Rect bounds) {

    public int stageCount() {
        return lastStageIndex - firstStageIndex + 1;
    }
}
