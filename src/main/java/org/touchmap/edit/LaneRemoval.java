package org.touchmap.edit;

import org.touchmap.model.Ids;

/** What becomes of the cards of a lane that is deleted. */
public sealed interface LaneRemoval {
    /** The cards are deleted too, with their chain links. */
    LaneRemoval REMOVE_CARDS = new RemoveCards();

    /** The cards move to another lane, keeping their stage and position in the cell. */
    static LaneRemoval moveCardsTo(String laneId) {
        return new MoveCardsTo(laneId);
    }

    record MoveCardsTo(String laneId) implements LaneRemoval {
        public MoveCardsTo {
            Ids.requireValid(laneId);
        }
    }

    record RemoveCards() implements LaneRemoval {
    }
}
