package org.touchmap.edit;

import org.touchmap.model.Ids;

/** What becomes of the cards of a stage that is deleted. */
public sealed interface StageRemoval {
    /** The cards are deleted too, with their chain links. */
    StageRemoval REMOVE_CARDS = new RemoveCards();

    /** The cards move to another stage, keeping their lane and position in the cell. */
    static StageRemoval moveCardsTo(String stageId) {
        return new MoveCardsTo(stageId);
    }

    record MoveCardsTo(String stageId) implements StageRemoval {
        public MoveCardsTo {
            Ids.requireValid(stageId);
        }
    }

    record RemoveCards() implements StageRemoval {
    }
}
