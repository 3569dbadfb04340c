package org.touchmap.edit;

import java.util.Objects;

import org.touchmap.model.JourneyMap;

/** Moves a stage (column) to another place among the stages; its cards go with it. */
public final class MoveStage implements Command {
    private final String stageId;
    private final int newIndex;
    private int oldIndex;
    private String label;

    public MoveStage(String stageId, int newIndex) {
        this.stageId = Objects.requireNonNull(stageId, "stageId");
        this.newIndex = newIndex;
        this.label = stageId;
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return map.findStage(stageId).isPresent() && newIndex >= 0 && newIndex < map.stages().size();
    }

    @Override
    public void execute(JourneyMap map) {
        oldIndex = map.stageIndex(stageId);
        map.moveStage(stageId, newIndex);
        label = map.stage(stageId).name();
    }

    @Override
    public void undo(JourneyMap map) {
        map.moveStage(stageId, oldIndex);
    }

    @Override
    public Description description() {
        return Description.of("stage.move", label);
    }
}
