package org.touchmap.analysis;

import java.util.OptionalDouble;

/**
 * A negative touchpoint, a place where customers may be lost.
 *
 * @param touchpointId    the touchpoint
 * @param name            its name
 * @param stageId         its stage
 * @param keyPoint        whether it is marked as a capture or conversion point
 * @param criteriaAverage the average of its criteria scores; empty when none is scored
 * @param reason          the group it ranks in: key point, conversion point or other
 */
public record WeakLink(String touchpointId, String name, String stageId, boolean keyPoint,
                       OptionalDouble criteriaAverage, WeakLinkReason reason) {
}
