package org.touchmap.analysis;

import java.util.OptionalDouble;

/**
 * Customers going from one stage to the next one, for two adjacent stages whose visitor counts are both known.
 *
 * @param fromStageId  the earlier stage
 * @param toStageId    the stage right after it
 * @param fromVisitors customers who reach the earlier stage
 * @param toVisitors   customers who reach the later stage
 * @param conversion   {@code toVisitors / fromVisitors} as a fraction (0.4 for 40 %); empty when
 *                     {@code fromVisitors} is 0. May exceed 1, see {@link #moreThanBefore()}
 * @param dropOff      {@code 1 - conversion}; negative when the later stage has more visitors
 */
public record FunnelStep(String fromStageId, String toStageId, long fromVisitors, long toVisitors,
                         OptionalDouble conversion, OptionalDouble dropOff) {

    /**
     * Whether the later stage has more visitors than the earlier one. A funnel normally narrows;
     * this is allowed (customers may join mid-way) but worth a second look.
     */
    public boolean moreThanBefore() {
        return toVisitors > fromVisitors;
    }
}
