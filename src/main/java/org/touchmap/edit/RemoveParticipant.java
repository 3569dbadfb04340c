package org.touchmap.edit;

import java.util.Objects;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Voting;

/** Takes a participant out of the dot vote together with all their dots. */
public final class RemoveParticipant extends VotingChange {
    private final String participant;

    public RemoveParticipant(String participant) {
        this.participant = Objects.requireNonNull(participant, "participant");
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return map.voting().hasParticipant(participant);
    }

    @Override
    Voting changed(JourneyMap map, Voting voting) {
        return voting.withoutParticipant(participant);
    }

    @Override
    public Description description() {
        return Description.of("vote.removeParticipant", participant);
    }
}
