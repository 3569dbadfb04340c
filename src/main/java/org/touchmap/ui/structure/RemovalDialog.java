package org.touchmap.ui.structure;

import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks what becomes of the cards of a stage or lane about to be deleted: move them to the
 * neighbour before or after it, or delete them with it.
 */
final class RemovalDialog {
    /** What the person chose for the cards. */
    enum Choice { MOVE_TO_PREVIOUS, MOVE_TO_NEXT, DELETE_CARDS }

    /** Wide enough for a choice naming a stage in one or two lines, as the dialog's header is. */
    private static final double CHOICES_WIDTH = 420;

    private RemovalDialog() {
    }

    /**
     * Shows the question and waits for the answer; empty when cancelled.
     *
     * @param previousName the neighbour before (left, above), or {@code null} when there is none
     * @param nextName     the neighbour after (right, below), or {@code null} when there is none
     */
    static Optional<Choice> ask(Window owner, HeaderKind kind, String name, int cards, int notes, String previousName,
                                String nextName) {
        String prefix = kind == HeaderKind.STAGE ? "remove.stage." : "remove.lane.";
        ToggleGroup group = new ToggleGroup();
        // The notes of a stage go where its cards go, so the question names them too.
        Label question = new Label(notes == 0 ? StructureText.get("remove.cards", cards)
                : StructureText.get("remove.cardsAndNotes", cards, notes));
        VBox choices = new VBox(8, wrapping(question));
        choices.setPrefWidth(CHOICES_WIDTH);
        RadioButton previous = option(group, choices, "remove-previous", previousName == null ? null
                : StructureText.get(prefix + "previous", previousName), Choice.MOVE_TO_PREVIOUS);
        RadioButton next = option(group, choices, "remove-next", nextName == null ? null
                : StructureText.get(prefix + "next", nextName), Choice.MOVE_TO_NEXT);
        option(group, choices, "remove-delete-cards", StructureText.get("remove.deleteCards"), Choice.DELETE_CARDS);
        group.selectToggle(previous != null ? previous : next);

        ButtonType delete = new ButtonType(StructureText.get("remove.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(StructureText.get("remove.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(StructureText.get(prefix + "title"));
        dialog.setHeaderText(StructureText.get(prefix + "header", name));
        dialog.getDialogPane().setContent(choices);
        dialog.getDialogPane().getButtonTypes().setAll(delete, cancel);
        dialog.getDialogPane().setId("removal-dialog");
        dialog.setResultConverter(button -> button == delete && group.getSelectedToggle() != null
                ? (Choice) group.getSelectedToggle().getUserData() : null);
        return dialog.showAndWait();
    }

    /** A choice names a stage or lane, and can be long in any language: it wraps rather than being cut. */
    private static <T extends Labeled> T wrapping(T labeled) {
        labeled.setWrapText(true);
        labeled.setMinHeight(Region.USE_PREF_SIZE);
        return labeled;
    }

    /** A radio button for one choice, or none when the choice does not exist ({@code text} null). */
    private static RadioButton option(ToggleGroup group, VBox choices, String id, String text, Choice choice) {
        if (text == null) {
            return null;
        }
        RadioButton button = wrapping(new RadioButton(text));
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(choice);
        choices.getChildren().add(button);
        return button;
    }
}
