package org.touchmap.edit;

import java.util.List;
import java.util.Objects;

import org.touchmap.model.Ids;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Stage;

/** Inserts a new stage (column); the command keeps its own copy of the stage. */
public final class AddStage implements Command {
    private final ListPosition position;
    private final Stage stage;

    /** Adds a copy of {@code stage} at {@code index} among the stages. */
    public AddStage(int index, Stage stage) {
        this(ListPosition.at(index), stage);
    }

    private AddStage(ListPosition position, Stage stage) {
        this.position = position;
        this.stage = Objects.requireNonNull(stage, "stage").copy();
    }

    /** Adds a copy of {@code stage} after whatever stage is last when the command runs. */
    public static AddStage atEnd(Stage stage) {
        return new AddStage(ListPosition.END, stage);
    }

    /**
     * A new empty stage with a fresh {@code stage-} id at {@code index}. Added between two stages
     * of one phase, it joins that phase, so the phase's band is not cut in two.
     */
    public static AddStage newStage(JourneyMap map, int index, String name) {
        Stage stage = new Stage(Ids.next("stage", map.allIds()), name);
        List<Stage> stages = map.stages();
        if (index > 0 && index < stages.size()) {
            String before = stages.get(index - 1).phase();
            if (before != null && before.equals(stages.get(index).phase())) {
                stage.setPhase(before);
            }
        }
        return new AddStage(index, stage);
    }

    public String stageId() {
        return stage.id();
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return position.fits(map.stages().size()) && !map.usesId(stage.id());
    }

    @Override
    public void execute(JourneyMap map) {
        map.addStage(position.resolve(map.stages().size()), stage.copy());
    }

    @Override
    public void undo(JourneyMap map) {
        map.removeStage(stage.id());
    }

    @Override
    public Description description() {
        return Description.of("stage.add", stage.name());
    }
}
