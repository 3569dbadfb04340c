package org.touchmap.analysis;

import java.util.List;

/**
 * The dots one card got in a dot vote.
 *
 * @param touchpointId the card
 * @param name         its name
 * @param stageId      its stage
 * @param dots         all participants' dots on it together
 * @param voters       who put dots on it and how many, in the order the participants were added
 */
public record CardVotes(String touchpointId, String name, String stageId, int dots, List<Voter> voters) {
    public CardVotes {
        voters = List.copyOf(voters);
    }

    /** One participant's dots on a card. */
    public record Voter(String participant, int dots) {
    }

    /** The voters' names, without their counts. */
    public List<String> voterNames() {
        return voters.stream().map(Voter::participant).toList();
    }
}
