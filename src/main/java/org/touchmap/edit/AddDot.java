package org.touchmap.edit;

import java.util.Objects;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Voting;

/** A participant puts one more of their dots on a card; refused when they have none left. */
public final class AddDot extends VotingChange {
    private final String participant;
    private final String touchpointId;
    private String cardName;

    public AddDot(String participant, String touchpointId) {
        this.participant = Objects.requireNonNull(participant, "participant");
        this.touchpointId = Objects.requireNonNull(touchpointId, "touchpointId");
        this.cardName = touchpointId;
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return map.hasTouchpoint(touchpointId) && map.voting().remainingDots(participant) > 0;
    }

    @Override
    Voting changed(JourneyMap map, Voting voting) {
        if (!map.hasTouchpoint(touchpointId)) {
            throw new IllegalArgumentException("There is no card " + touchpointId + " to vote for");
        }
        cardName = cardName(map, touchpointId);
        return voting.withDotsAdded(participant, touchpointId, 1);
    }

    @Override
    public Description description() {
        return Description.of("vote.addDot", participant, cardName);
    }
}
