package org.touchmap.ui.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Stage;

/**
 * Groups stages into a phase: a phase name (the phases already on the map are offered) and the
 * stages that belong to it. The clicked stage is ticked, and so are the stages already in its phase,
 * so the same dialog also renames a phase or takes stages out of it.
 */
final class PhaseDialog {
    /**
     * The answer.
     *
     * @param phase    the phase name, or {@code null} for "no phase"
     * @param join     stages that get the phase
     * @param leave    stages that were in the phase and are no longer ticked: they lose it
     */
    record Answer(String phase, List<String> join, List<String> leave) {
    }

    private PhaseDialog() {
    }

    static Optional<Answer> ask(Window owner, JourneyMap map, String stageId) {
        String current = map.stage(stageId).phase();
        ComboBox<String> name = new ComboBox<>();
        name.setId("phase-name");
        name.setEditable(true);
        name.setMaxWidth(Double.MAX_VALUE);
        map.stages().stream().map(Stage::phase).filter(Objects::nonNull).distinct().forEach(name.getItems()::add);
        name.setValue(current);

        List<CheckBox> boxes = new ArrayList<>();
        VBox stages = new VBox(6);
        for (Stage stage : map.stages()) {
            CheckBox box = new CheckBox(stage.name().isBlank() ? stage.id() : stage.name());
            box.setId("phase-stage-" + stage.id());
            box.setUserData(stage.id());
            box.setSelected(stage.id().equals(stageId) || current != null && current.equals(stage.phase()));
            boxes.add(box);
            stages.getChildren().add(box);
        }
        Label nameLabel = new Label(StructureText.get("phase.name"));
        nameLabel.setLabelFor(name);
        VBox content = new VBox(8, nameLabel, name, new Label(StructureText.get("phase.stages")), stages);

        ButtonType apply = new ButtonType(StructureText.get("phase.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(StructureText.get("phase.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(StructureText.get("phase.title"));
        dialog.setHeaderText(StructureText.get("phase.header"));
        dialog.getDialogPane().setId("phase-dialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(apply, cancel);
        dialog.getDialogPane().lookupButton(apply).disableProperty().bind(Bindings.createBooleanBinding(
                () -> boxes.stream().noneMatch(CheckBox::isSelected),
                boxes.stream().map(CheckBox::selectedProperty).toArray(Observable[]::new)));
        dialog.setResultConverter(button -> {
            if (button != apply) {
                return null;
            }
            String text = name.getEditor().getText() == null ? "" : name.getEditor().getText().strip();
            String phase = text.isEmpty() ? null : text;
            List<String> join = new ArrayList<>();
            List<String> leave = new ArrayList<>();
            for (CheckBox box : boxes) {
                String id = (String) box.getUserData();
                if (box.isSelected()) {
                    join.add(id);
                } else if (current != null && current.equals(map.stage(id).phase())) {
                    leave.add(id);
                }
            }
            return new Answer(phase, join, leave);
        });
        return dialog.showAndWait();
    }
}
