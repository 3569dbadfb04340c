package org.touchmap.edit;

import java.util.Objects;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Voting;

/** Someone joins the dot vote, with all their dots still to place. */
public final class AddParticipant extends VotingChange {
    private final String participant;

    public AddParticipant(String participant) {
        this.participant = Objects.requireNonNull(participant, "participant").strip();
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return !participant.isEmpty() && !map.voting().hasParticipant(participant);
    }

    @Override
    Voting changed(JourneyMap map, Voting voting) {
        return voting.withParticipant(participant);
    }

    @Override
    public Description description() {
        return Description.of("vote.addParticipant", participant);
    }
}
