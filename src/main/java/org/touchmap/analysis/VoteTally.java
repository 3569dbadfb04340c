package org.touchmap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.touchmap.model.Ballot;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.Voting;

/**
 * The count of a dot vote: how many dots each card got and from whom, the cards ranked by dots
 * (ties in map order, so the ranking is stable while people vote), and the dots each participant
 * has left. Dots on a card that is not on the map are not counted.
 */
public final class VoteTally {
    private final Voting voting;
    private final Map<String, CardVotes> byCard;
    private final List<CardVotes> ranking;

    private VoteTally(Voting voting, Map<String, CardVotes> byCard, List<CardVotes> ranking) {
        this.voting = voting;
        this.byCard = byCard;
        this.ranking = ranking;
    }

    public static VoteTally of(JourneyMap map) {
        Voting voting = map.voting();
        Map<String, CardVotes> byCard = new LinkedHashMap<>();
        for (Touchpoint card : map.touchpoints()) {
            List<CardVotes.Voter> voters = new ArrayList<>();
            for (Ballot ballot : voting.ballots()) {
                int dots = ballot.dotsOn(card.id());
                if (dots > 0) {
                    voters.add(new CardVotes.Voter(ballot.participant(), dots));
                }
            }
            if (!voters.isEmpty()) {
                int total = voters.stream().mapToInt(CardVotes.Voter::dots).sum();
                byCard.put(card.id(), new CardVotes(card.id(), card.name(), card.stageId(), total, voters));
            }
        }
        // A stable sort of cards already in map order keeps ties in map order.
        List<CardVotes> ranking = new ArrayList<>(byCard.values());
        ranking.sort(Comparator.comparingInt(CardVotes::dots).reversed());
        return new VoteTally(voting, byCard, List.copyOf(ranking));
    }

    /** Whether any card has a dot. */
    public boolean hasVotes() {
        return !ranking.isEmpty();
    }

    /** Cards with at least one dot, most dots first; ties keep the order of the map's touchpoints. */
    public List<CardVotes> ranking() {
        return ranking;
    }

    /** All dots on one card; 0 when it has none. */
    public int dotsOn(String touchpointId) {
        return votes(touchpointId).map(CardVotes::dots).orElse(0);
    }

    /** Who voted for the card, in the order participants were added; empty when nobody did. */
    public List<String> votersOf(String touchpointId) {
        return votes(touchpointId).map(CardVotes::voterNames).orElse(List.of());
    }

    public Optional<CardVotes> votes(String touchpointId) {
        return Optional.ofNullable(byCard.get(touchpointId));
    }

    /** Dots each participant may still place, in the order they were added. */
    public Map<String, Integer> remainingDots() {
        Map<String, Integer> remaining = new LinkedHashMap<>();
        for (Ballot ballot : voting.ballots()) {
            int counted = ballot.dots().entrySet().stream()
                    .filter(e -> byCard.containsKey(e.getKey()))
                    .mapToInt(Map.Entry::getValue).sum();
            remaining.put(ballot.participant(), voting.dotsPerPerson() - counted);
        }
        return remaining;
    }

    /** All dots placed on cards of the map. */
    public int totalDots() {
        return ranking.stream().mapToInt(CardVotes::dots).sum();
    }

    public int dotsPerPerson() {
        return voting.dotsPerPerson();
    }

    public List<String> participants() {
        return voting.participants();
    }
}
