package org.touchmap.edit;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Voting;

/**
 * A change to the map's dot vote. The vote is immutable, so each change works out the new vote
 * from the old one, and undo simply puts the old one back.
 */
abstract class VotingChange implements Command {
    private Voting before;

    /** The vote after the change; throws {@link IllegalArgumentException} when the change is not allowed. */
    abstract Voting changed(JourneyMap map, Voting voting);

    @Override
    public final void execute(JourneyMap map) {
        Voting old = map.voting();
        map.setVoting(changed(map, old));
        before = old;
    }

    @Override
    public final void undo(JourneyMap map) {
        map.setVoting(before);
    }

    static String cardName(JourneyMap map, String touchpointId) {
        return map.findTouchpoint(touchpointId).map(tp -> tp.name()).orElse(touchpointId);
    }
}
