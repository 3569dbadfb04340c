package org.touchmap.edit;

import java.util.Objects;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Voting;

/** Corrects a participant's name; their dots stay where they are. */
public final class RenameParticipant extends VotingChange {
    private final String participant;
    private final String newName;

    public RenameParticipant(String participant, String newName) {
        this.participant = Objects.requireNonNull(participant, "participant");
        this.newName = Objects.requireNonNull(newName, "newName").strip();
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        Voting voting = map.voting();
        return !newName.isEmpty() && voting.hasParticipant(participant)
                && (!voting.hasParticipant(newName) || newName.equalsIgnoreCase(participant.strip()));
    }

    @Override
    Voting changed(JourneyMap map, Voting voting) {
        return voting.withParticipantRenamed(participant, newName);
    }

    @Override
    public Description description() {
        return Description.of("vote.renameParticipant", participant, newName);
    }
}
