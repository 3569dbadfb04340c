package org.touchmap.edit;

import java.util.Objects;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Voting;

/** A participant takes one of their dots back from a card. */
public final class RemoveDot extends VotingChange {
    private final String participant;
    private final String touchpointId;
    private String cardName;

    public RemoveDot(String participant, String touchpointId) {
        this.participant = Objects.requireNonNull(participant, "participant");
        this.touchpointId = Objects.requireNonNull(touchpointId, "touchpointId");
        this.cardName = touchpointId;
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return map.voting().ballot(participant).map(b -> b.dotsOn(touchpointId) > 0).orElse(false);
    }

    @Override
    Voting changed(JourneyMap map, Voting voting) {
        cardName = cardName(map, touchpointId);
        return voting.withDotsAdded(participant, touchpointId, -1);
    }

    @Override
    public Description description() {
        return Description.of("vote.removeDot", participant, cardName);
    }
}
