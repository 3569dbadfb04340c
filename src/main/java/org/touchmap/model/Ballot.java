package org.touchmap.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The dots one workshop participant has put on cards in a dot vote. Immutable: every change
 * gives a new ballot.
 *
 * @param participant the person's name as the facilitator typed it; not blank
 * @param dots        touchpoint id to the number of this person's dots on that card, each at least 1,
 *                    in the order the cards were first voted for
 */
public record Ballot(String participant, Map<String, Integer> dots) {

    public Ballot {
        Objects.requireNonNull(participant, "participant");
        if (participant.isBlank()) {
            throw new IllegalArgumentException("A participant needs a name");
        }
        Map<String, Integer> copy = new LinkedHashMap<>();
        Objects.requireNonNull(dots, "dots").forEach((touchpointId, count) -> {
            Objects.requireNonNull(touchpointId, "touchpointId");
            if (count == null || count < 1) {
                throw new IllegalArgumentException("The dots of " + participant + " on " + touchpointId
                        + " must be at least 1, not " + count);
            }
            copy.put(touchpointId, count);
        });
        dots = Collections.unmodifiableMap(copy);
    }

    /** A participant who has not voted yet. */
    public static Ballot empty(String participant) {
        return new Ballot(participant, Map.of());
    }

    /** How many dots this person has used, on all cards together. */
    public int used() {
        return dots.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** This person's dots on one card; 0 when none. */
    public int dotsOn(String touchpointId) {
        return dots.getOrDefault(touchpointId, 0);
    }

    /** The same dots with {@code delta} more (or fewer, when negative) on one card; a card left with none drops out. */
    public Ballot withDotsAdded(String touchpointId, int delta) {
        Map<String, Integer> changed = new LinkedHashMap<>(dots);
        int count = dotsOn(touchpointId) + delta;
        if (count < 0) {
            throw new IllegalArgumentException(participant + " has no dot on " + touchpointId + " to take back");
        }
        if (count == 0) {
            changed.remove(touchpointId);
        } else {
            changed.put(touchpointId, count);
        }
        return new Ballot(participant, changed);
    }

    /** The same dots under another name. */
    public Ballot renamed(String newName) {
        return new Ballot(newName, dots);
    }

    /** The same dots without any on the given card. */
    public Ballot withoutCard(String touchpointId) {
        Map<String, Integer> changed = new LinkedHashMap<>(dots);
        changed.remove(touchpointId);
        return new Ballot(participant, changed);
    }
}
