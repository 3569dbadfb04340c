package org.touchmap.analysis;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

/**
 * What a touchpoint looked like in one of the two compared maps, copied out so that later edits
 * of either map do not change a comparison already made.
 */
public record CardState(String id, String name, String stageId, String stageName, Rating rating) {

    static CardState of(JourneyMap map, Touchpoint touchpoint) {
        String stageName = map.findStage(touchpoint.stageId()).map(s -> s.name()).orElse(touchpoint.stageId());
        return new CardState(touchpoint.id(), touchpoint.name(), touchpoint.stageId(), stageName, touchpoint.rating());
    }
}
