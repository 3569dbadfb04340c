package org.touchmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class VotingTest {

    @Test
    void aNewVoteGivesThreeDotsAndHasNobody() {
        assertEquals(3, Voting.NONE.dotsPerPerson());
        assertTrue(Voting.NONE.ballots().isEmpty());
        assertTrue(new JourneyMap("m").voting().isNone());
    }

    @Test
    void aParticipantMayPutSeveralDotsOnOneCard() {
        Voting voting = Voting.NONE.withParticipant("Anna")
                .withDotsAdded("Anna", "tp-a", 1).withDotsAdded("Anna", "tp-a", 1);
        assertEquals(2, voting.ballot("Anna").orElseThrow().dotsOn("tp-a"));
        assertEquals(1, voting.remainingDots("Anna"));
    }

    @Test
    void aBallotNeverHoldsMoreDotsThanEachPersonHas() {
        Voting full = Voting.NONE.withParticipant("Anna").withDotsAdded("Anna", "tp-a", 3);
        assertEquals(0, full.remainingDots("Anna"));
        assertThrows(IllegalArgumentException.class, () -> full.withDotsAdded("Anna", "tp-b", 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Voting(2, List.of(new Ballot("Anna", Map.of("tp-a", 3)))));
    }

    @Test
    void countsOnACardAreAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new Ballot("Anna", Map.of("tp-a", 0)));
        assertThrows(IllegalArgumentException.class, () -> new Ballot("Anna", Map.of("tp-a", -2)));
    }

    @Test
    void takingBackTheLastDotDropsTheCardFromTheBallot() {
        Voting voting = Voting.NONE.withParticipant("Anna").withDotsAdded("Anna", "tp-a", 1)
                .withDotsAdded("Anna", "tp-a", -1);
        assertEquals(Map.of(), voting.ballot("Anna").orElseThrow().dots());
        assertThrows(IllegalArgumentException.class, () -> voting.withDotsAdded("Anna", "tp-a", -1));
    }

    @Test
    void participantNamesAreUniqueIgnoringCaseAndSpaces() {
        Voting voting = Voting.NONE.withParticipant("Anna");
        assertThrows(IllegalArgumentException.class, () -> voting.withParticipant(" anna "));
        assertTrue(voting.hasParticipant("ANNA"));
        assertThrows(IllegalArgumentException.class, () -> new Ballot("  ", Map.of()));
    }

    @Test
    void renamingKeepsTheDots() {
        Voting voting = Voting.NONE.withParticipant("Ana").withDotsAdded("Ana", "tp-a", 2)
                .withParticipantRenamed("Ana", "Anna");
        assertEquals(List.of("Anna"), voting.participants());
        assertEquals(2, voting.ballot("Anna").orElseThrow().dotsOn("tp-a"));
    }

    @Test
    void dotsPerPersonCannotDropBelowWhatSomeoneUsed() {
        Voting voting = Voting.NONE.withParticipant("Anna").withDotsAdded("Anna", "tp-a", 3);
        assertEquals(3, voting.mostDotsUsed());
        assertThrows(IllegalArgumentException.class, () -> voting.withDotsPerPerson(2));
        assertEquals(5, voting.withDotsPerPerson(5).dotsPerPerson());
        assertThrows(IllegalArgumentException.class, () -> Voting.NONE.withDotsPerPerson(0));
    }

    @Test
    void theMapRefusesVotesForMissingCardsAndKeepsVotedCards() {
        JourneyMap map = new JourneyMap("m");
        map.addStage(new Stage("s", "S"));
        map.addLane(new Lane("l", "L"));
        map.addTouchpoint(new Touchpoint("tp-a", "A", "s", "l"));
        Voting voting = Voting.NONE.withParticipant("Anna").withDotsAdded("Anna", "tp-a", 1);
        assertThrows(IllegalArgumentException.class,
                () -> map.setVoting(voting.withDotsAdded("Anna", "tp-gone", 1)));
        map.setVoting(voting);
        assertThrows(IllegalStateException.class, () -> map.removeTouchpoint("tp-a"));
        assertTrue(MapInvariants.problems(map).isEmpty());
    }

    @Test
    void copiesCarryTheVoteAndEqualityComparesIt() {
        JourneyMap map = MedicalClinicMap.build();
        map.setVoting(Voting.NONE.withParticipant("Anna").withDotsAdded("Anna", "tp-phone", 2));
        JourneyMap copy = map.copy();
        assertEquals(map, copy);
        assertEquals(map.voting(), copy.voting());
        assertNotEquals(MedicalClinicMap.build(), map);
        assertFalse(copy.voting().isNone());
    }
}
