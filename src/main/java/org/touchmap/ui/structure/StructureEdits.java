package org.touchmap.ui.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;

import org.touchmap.edit.AddLane;
import org.touchmap.model.LaneKind;
import org.touchmap.ui.i18n.Messages;

import org.touchmap.edit.AddStage;
import org.touchmap.edit.Command;
import org.touchmap.edit.CompositeCommand;
import org.touchmap.edit.Description;
import org.touchmap.edit.LaneRemoval;
import org.touchmap.edit.RemoveLane;
import org.touchmap.edit.RemoveStage;
import org.touchmap.edit.StageProperties;
import org.touchmap.edit.StageRemoval;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.MapElement;
import org.touchmap.model.Stage;
import org.touchmap.ui.editor.Selection;

/**
 * The edits of stages and lanes that menus, keys and the header's context menu share: adding one
 * next to the selected one (and naming it right away), deleting one after asking what becomes of
 * its cards, grouping stages into a phase, and fitting a column to its cards again.
 */
final class StructureEdits {
    private final EditorContext context;
    private final HeaderRenameEditor rename;

    StructureEdits(EditorContext context, HeaderRenameEditor rename) {
        this.context = context;
        this.rename = rename;
    }

    /** Adds a stage before or after the selected one (at the start or end when none is selected). */
    void addStage(boolean after) {
        JourneyMap map = context.map();
        if (map == null) {
            return;
        }
        String selected = context.selection().stage().get();
        int index = selected == null || map.findStage(selected).isEmpty()
                ? (after ? map.stages().size() : 0)
                : map.stageIndex(selected) + (after ? 1 : 0);
        AddStage add = AddStage.newStage(map, index, StructureText.get("stage.newName"));
        context.execute(add);
        context.selection().selectStage(add.stageId());
        rename.start(HeaderKind.STAGE, add.stageId());
    }

    /** Adds a lane above or below the selected one (at the top or bottom when none is selected). */
    void addLane(boolean below) {
        JourneyMap map = context.map();
        if (map == null) {
            return;
        }
        String selected = context.selection().lane().get();
        int index = selected == null || map.findLane(selected).isEmpty()
                ? (below ? map.lanes().size() : 0)
                : map.laneIndex(selected) + (below ? 1 : 0);
        AddLane add = AddLane.newLane(map, index, StructureText.get("lane.newName"));
        context.execute(add);
        context.selection().selectLane(add.laneId());
        rename.start(HeaderKind.LANE, add.laneId());
    }

    /**
     * Adds lanes of the given kinds below the selected lane (at the bottom when none is selected), each
     * named by its kind, in one undo step: one kind from the lane menu, or the blueprint's three bands.
     */
    void addLanesOfKinds(List<LaneKind> kinds) {
        JourneyMap map = context.map();
        if (map == null || kinds.isEmpty()) {
            return;
        }
        String selected = context.selection().lane().get();
        int index = selected == null || map.findLane(selected).isEmpty() ? map.lanes().size()
                : map.laneIndex(selected) + 1;
        List<AddLane> adds = AddLane.ofKinds(map, index, kinds, kind -> kind.displayName(Messages.locale()));
        context.execute(adds.size() == 1 ? adds.get(0)
                : new CompositeCommand(Description.of("lanes.add", adds.size()), adds));
        context.selection().selectLane(adds.get(adds.size() - 1).laneId());
        // The new lanes may lie below the view: the last is brought into sight.
        Optional.ofNullable(context.layout()).flatMap(layout -> layout.rows().stream()
                .filter(row -> row.laneId().equals(adds.get(adds.size() - 1).laneId())).findFirst())
                .ifPresent(row -> context.canvas().navigation().scrollToShow(row.header()));
    }

    /** Opens the name of the selected stage or lane for editing; false when neither is what is selected. */
    boolean renameSelected() {
        Selection selection = context.selection();
        if (selection.context().get() == Selection.Context.STAGE) {
            rename.start(HeaderKind.STAGE, selection.stage().get());
            return true;
        }
        if (selection.context().get() == Selection.Context.LANE) {
            rename.start(HeaderKind.LANE, selection.lane().get());
            return true;
        }
        return false;
    }

    /**
     * Deletes the selected stage or lane after asking about its cards; false when neither is what is
     * selected (selected cards come first: Delete must never take a stage when a person means cards).
     */
    boolean deleteSelected() {
        Selection selection = context.selection();
        if (selection.context().get() == Selection.Context.STAGE) {
            deleteStage(selection.stage().get());
            return true;
        }
        if (selection.context().get() == Selection.Context.LANE) {
            deleteLane(selection.lane().get());
            return true;
        }
        return false;
    }

    void deleteStage(String stageId) {
        JourneyMap map = context.map();
        Optional<Stage> stage = map == null ? Optional.empty() : map.findStage(stageId);
        if (stage.isEmpty()) {
            return;
        }
        List<Stage> stages = map.stages();
        if (stages.size() == 1) {
            refuse("remove.lastStage", stage.get().name());
            return;
        }
        int index = map.stageIndex(stageId);
        int cards = map.touchpointsInStage(stageId).size();
        int notes = (int) map.notes().stream().filter(note -> note.stageId().equals(stageId)).count();
        Optional<StageRemoval> removal = cards + notes == 0 ? Optional.of(StageRemoval.REMOVE_CARDS)
                : RemovalDialog.ask(context.window(), HeaderKind.STAGE, stage.get().name(), cards, notes,
                        nameAt(stages, index - 1), nameAt(stages, index + 1)).map(choice -> switch (choice) {
                            case MOVE_TO_PREVIOUS -> StageRemoval.moveCardsTo(stages.get(index - 1).id());
                            case MOVE_TO_NEXT -> StageRemoval.moveCardsTo(stages.get(index + 1).id());
                            case DELETE_CARDS -> StageRemoval.REMOVE_CARDS;
                        });
        removal.ifPresent(how -> {
            context.selection().clear();
            context.execute(new RemoveStage(stageId, how));
        });
    }

    void deleteLane(String laneId) {
        JourneyMap map = context.map();
        Optional<Lane> lane = map == null ? Optional.empty() : map.findLane(laneId);
        if (lane.isEmpty()) {
            return;
        }
        List<Lane> lanes = map.lanes();
        if (lanes.size() == 1) {
            refuse("remove.lastLane", lane.get().name());
            return;
        }
        int index = map.laneIndex(laneId);
        long cards = map.touchpoints().stream().filter(card -> card.laneId().equals(laneId)).count();
        // The cards go to the nearest lane of cards above or below, past any lanes of notes between.
        int above = cardLaneFrom(lanes, index - 1, -1);
        int below = cardLaneFrom(lanes, index + 1, 1);
        Optional<LaneRemoval> removal = cards == 0 ? Optional.of(LaneRemoval.REMOVE_CARDS)
                : RemovalDialog.ask(context.window(), HeaderKind.LANE, lane.get().name(), (int) cards, 0,
                        nameAt(lanes, above), nameAt(lanes, below)).map(choice -> switch (choice) {
                            case MOVE_TO_PREVIOUS -> LaneRemoval.moveCardsTo(lanes.get(above).id());
                            case MOVE_TO_NEXT -> LaneRemoval.moveCardsTo(lanes.get(below).id());
                            case DELETE_CARDS -> LaneRemoval.REMOVE_CARDS;
                        });
        removal.ifPresent(how -> {
            context.selection().clear();
            context.execute(new RemoveLane(laneId, how));
        });
    }

    /** Asks for the phase of a stage and of the stages that should share it; one undo step. */
    void editPhase(String stageId) {
        JourneyMap map = context.map();
        if (map == null || map.findStage(stageId).isEmpty()) {
            return;
        }
        PhaseDialog.ask(context.window(), map, stageId).ifPresent(answer -> {
            List<Command> changes = new ArrayList<>();
            for (String id : answer.join()) {
                changes.add(StageProperties.PHASE.change(id, answer.phase()));
            }
            for (String id : answer.leave()) {
                changes.add(StageProperties.PHASE.change(id, null));
            }
            context.execute(changes.size() == 1 ? changes.get(0)
                    : new CompositeCommand(Description.of("stages.change", changes.size()), changes));
        });
    }

    /** Forgets a column's preferred width, so it is as wide as its cards need again. */
    void fitColumn(String stageId) {
        JourneyMap map = context.map();
        if (map != null && map.findStage(stageId).filter(stage -> stage.width() != null).isPresent()) {
            context.execute(StageProperties.WIDTH.change(stageId, null));
        }
    }

    private void refuse(String key, String name) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, StructureText.get(key, name));
        alert.initOwner(context.window());
        alert.setTitle(StructureText.get("remove.lastTitle"));
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    /** The index of the first lane from {@code index} on, going {@code step}, that takes cards; -1 when none. */
    private static int cardLaneFrom(List<Lane> lanes, int index, int step) {
        for (int i = index; i >= 0 && i < lanes.size(); i += step) {
            if (lanes.get(i).kind().holdsCards()) {
                return i;
            }
        }
        return -1;
    }

    private static String nameAt(List<? extends MapElement> elements, int index) {
        return index < 0 || index >= elements.size() ? null : elements.get(index).name();
    }
}
