package org.touchmap.edit;

import java.util.List;
import java.util.Objects;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/**
 * Deletes a stage (column) after moving its cards to another stage or deleting them; its notes
 * go where its cards go. Undo puts the stage back in its place among the stages and its cards
 * and notes back exactly as they were.
 */
public final class RemoveStage implements Command {
    private final String stageId;
    private final StageRemoval removal;
    private String label;
    private Stage removed;
    private int index;
    private Command cardClearance;
    private NoteClearance noteClearance;

    public RemoveStage(String stageId, StageRemoval removal) {
        this.stageId = Objects.requireNonNull(stageId, "stageId");
        this.removal = Objects.requireNonNull(removal, "removal");
        this.label = stageId;
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        if (map.findStage(stageId).isEmpty()) {
            return false;
        }
        return !(removal instanceof StageRemoval.MoveCardsTo move)
                || (!move.stageId().equals(stageId) && map.findStage(move.stageId()).isPresent());
    }

    @Override
    public void execute(JourneyMap map) {
        Stage stage = map.stage(stageId);
        List<String> cardIds = map.touchpointsInStage(stageId).stream().map(Touchpoint::id).toList();
        cardClearance = removal instanceof StageRemoval.MoveCardsTo move
                ? CardClearance.move(map, cardIds, place -> place.inStage(move.stageId()))
                : CardClearance.delete(cardIds);
        cardClearance.execute(map);
        noteClearance = removal instanceof StageRemoval.MoveCardsTo move
                ? NoteClearance.moveToStage(note -> note.stageId().equals(stageId), move.stageId())
                : NoteClearance.delete(note -> note.stageId().equals(stageId));
        noteClearance.execute(map);
        index = map.removeStage(stageId);
        removed = stage;
        label = stage.name();
    }

    @Override
    public void undo(JourneyMap map) {
        map.addStage(index, removed);
        noteClearance.undo(map);
        cardClearance.undo(map);
    }

    @Override
    public Description description() {
        return Description.of("stage.remove", label);
    }
}
