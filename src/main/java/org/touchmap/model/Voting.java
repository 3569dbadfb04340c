package org.touchmap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;

/**
 * A dot vote held in a workshop to choose what to fix first: every participant gets the same
 * number of dots and puts them on cards, several on one card if they like. Immutable: every
 * change gives a new voting, which makes undo a matter of putting the old one back.
 *
 * @param dotsPerPerson how many dots each participant may place; at least 1
 * @param ballots       one per participant, in the order they were added; names are unique
 *                      ignoring case, and no ballot uses more than {@code dotsPerPerson} dots
 */
public record Voting(int dotsPerPerson, List<Ballot> ballots) {
    public static final int DEFAULT_DOTS_PER_PERSON = 3;
    /** A generous upper bound that keeps a mistyped number from making a vote meaningless. */
    public static final int MAX_DOTS_PER_PERSON = 99;
    /** No participants and the usual three dots each: the voting of every new map. */
    public static final Voting NONE = new Voting(DEFAULT_DOTS_PER_PERSON, List.of());

    public Voting {
        if (dotsPerPerson < 1 || dotsPerPerson > MAX_DOTS_PER_PERSON) {
            throw new IllegalArgumentException("Dots per person must be between 1 and " + MAX_DOTS_PER_PERSON
                    + ", not " + dotsPerPerson);
        }
        ballots = List.copyOf(ballots);
        Set<String> names = new HashSet<>();
        for (Ballot ballot : ballots) {
            if (!names.add(key(ballot.participant()))) {
                throw new IllegalArgumentException("There is already a participant called " + ballot.participant());
            }
            if (ballot.used() > dotsPerPerson) {
                throw new IllegalArgumentException(ballot.participant() + " would have " + ballot.used()
                        + " dots, more than the " + dotsPerPerson + " each person has");
            }
        }
    }

    /** Whether nothing about the vote differs from a new map's, so the file need not mention it. */
    public boolean isNone() {
        return equals(NONE);
    }

    public List<String> participants() {
        return ballots.stream().map(Ballot::participant).toList();
    }

    public Optional<Ballot> ballot(String participant) {
        return ballots.stream().filter(b -> key(b.participant()).equals(key(participant))).findFirst();
    }

    public boolean hasParticipant(String participant) {
        return ballot(participant).isPresent();
    }

    /** Dots the participant may still place; 0 for someone who is not taking part. */
    public int remainingDots(String participant) {
        return ballot(participant).map(b -> dotsPerPerson - b.used()).orElse(0);
    }

    /** The most dots any one participant has placed, the lowest dots-per-person the vote allows. */
    public int mostDotsUsed() {
        return ballots.stream().mapToInt(Ballot::used).max().orElse(0);
    }

    /** Whether anyone has placed a dot on the card. */
    public boolean hasDotsOn(String touchpointId) {
        return ballots.stream().anyMatch(b -> b.dotsOn(touchpointId) > 0);
    }

    public Voting withParticipant(String participant) {
        List<Ballot> changed = new ArrayList<>(ballots);
        changed.add(Ballot.empty(participant.strip()));
        return new Voting(dotsPerPerson, changed);
    }

    public Voting withoutParticipant(String participant) {
        Ballot ballot = ballot(participant).orElseThrow(() -> noSuch(participant));
        List<Ballot> changed = new ArrayList<>(ballots);
        changed.remove(ballot);
        return new Voting(dotsPerPerson, changed);
    }

    public Voting withParticipantRenamed(String participant, String newName) {
        Ballot ballot = ballot(participant).orElseThrow(() -> noSuch(participant));
        return replace(ballot, ballot.renamed(newName.strip()));
    }

    /** One more (or, with a negative {@code delta}, fewer) of the participant's dots on a card. */
    public Voting withDotsAdded(String participant, String touchpointId, int delta) {
        Ballot ballot = ballot(participant).orElseThrow(() -> noSuch(participant));
        return replace(ballot, ballot.withDotsAdded(touchpointId, delta));
    }

    public Voting withDotsPerPerson(int dots) {
        return new Voting(dots, ballots);
    }

    /** The same vote with nobody's dots on the given card, e.g. once the card is deleted. */
    public Voting withoutCard(String touchpointId) {
        return new Voting(dotsPerPerson, ballots.stream().map(b -> b.withoutCard(touchpointId)).toList());
    }

    private Voting replace(Ballot old, Ballot now) {
        List<Ballot> changed = new ArrayList<>(ballots);
        changed.set(changed.indexOf(old), now);
        return new Voting(dotsPerPerson, changed);
    }

    private static IllegalArgumentException noSuch(String participant) {
        return new IllegalArgumentException("There is no participant called " + participant);
    }

    private static String key(String participant) {
        return Objects.requireNonNull(participant, "participant").strip().toLowerCase(Locale.ROOT);
    }
}
