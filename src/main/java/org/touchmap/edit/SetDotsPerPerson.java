package org.touchmap.edit;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Voting;

/**
 * Changes how many dots each participant has. A number below what someone has already placed is
 * refused rather than silently taking their dots away: the facilitator decides whose go.
 */
public final class SetDotsPerPerson extends VotingChange {
    private final int dots;

    public SetDotsPerPerson(int dots) {
        this.dots = dots;
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return dots >= Math.max(1, map.voting().mostDotsUsed()) && dots <= Voting.MAX_DOTS_PER_PERSON;
    }

    @Override
    Voting changed(JourneyMap map, Voting voting) {
        if (dots < voting.mostDotsUsed()) {
            throw new IllegalArgumentException("Someone has already placed " + voting.mostDotsUsed()
                    + " dots, more than " + dots);
        }
        return voting.withDotsPerPerson(dots);
    }

    @Override
    public Description description() {
        return Description.of("vote.dotsPerPerson", dots);
    }
}
