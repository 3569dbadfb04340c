package org.touchmap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;
import org.touchmap.model.Voting;

class VoteTallyTest {

    private static JourneyMap cards(String... ids) {
        Maps maps = Maps.withStages(2);
        for (int i = 0; i < ids.length; i++) {
            maps.card(ids[i], i % 2 == 0 ? "s1" : "s2", Rating.UNRATED);
        }
        return maps.map();
    }

    @Test
    void dotsOnACardAreSummedOverParticipants() {
        JourneyMap map = cards("a", "b");
        map.setVoting(Voting.NONE.withParticipant("Anna").withParticipant("Boris")
                .withDotsAdded("Anna", "a", 2).withDotsAdded("Boris", "a", 1).withDotsAdded("Boris", "b", 1));
        VoteTally tally = VoteTally.of(map);
        assertEquals(3, tally.dotsOn("a"));
        assertEquals(1, tally.dotsOn("b"));
        assertEquals(4, tally.totalDots());
        assertEquals(List.of("Anna", "Boris"), tally.votersOf("a"));
        assertEquals(List.of("Boris"), tally.votersOf("b"));
    }

    @Test
    void theRankingIsByDotsThenByMapOrder() {
        JourneyMap map = cards("a", "b", "c", "d");
        map.setVoting(new Voting(5, List.of()).withParticipant("Anna").withParticipant("Boris")
                .withDotsAdded("Anna", "d", 1).withDotsAdded("Anna", "b", 1)
                .withDotsAdded("Boris", "c", 3).withDotsAdded("Boris", "a", 1));
        List<String> order = VoteTally.of(map).ranking().stream().map(CardVotes::touchpointId).toList();
        assertEquals(List.of("c", "a", "b", "d"), order);
    }

    @Test
    void cardsWithoutDotsAreNotRanked() {
        JourneyMap map = cards("a", "b");
        map.setVoting(Voting.NONE.withParticipant("Anna").withDotsAdded("Anna", "b", 1));
        VoteTally tally = VoteTally.of(map);
        assertEquals(1, tally.ranking().size());
        assertEquals(0, tally.dotsOn("a"));
        assertEquals(List.of(), tally.votersOf("a"));
        assertTrue(tally.hasVotes());
    }

    @Test
    void remainingDotsAreCountedPerParticipant() {
        JourneyMap map = cards("a", "b");
        map.setVoting(new Voting(4, List.of()).withParticipant("Anna").withParticipant("Boris")
                .withDotsAdded("Anna", "a", 3));
        assertEquals(Map.of("Anna", 1, "Boris", 4), VoteTally.of(map).remainingDots());
        assertEquals(List.of("Anna", "Boris"), List.copyOf(VoteTally.of(map).remainingDots().keySet()));
    }

    @Test
    void aMapWithoutVotesHasAnEmptyTally() {
        VoteTally tally = VoteTally.of(cards("a"));
        assertFalse(tally.hasVotes());
        assertEquals(0, tally.totalDots());
        assertEquals(Map.of(), tally.remainingDots());
    }
}
