package org.touchmap.edit;

import org.touchmap.model.JourneyMap;

/** Where cards may go: a command that puts a card into a lane asks here, so no card lands among notes. */
final class CardLanes {
    private CardLanes() {
    }

    /** Whether the lane is on the map and its kind takes touchpoint cards. */
    static boolean takesCards(JourneyMap map, String laneId) {
        return map.findLane(laneId).filter(lane -> lane.kind().holdsCards()).isPresent();
    }
}
