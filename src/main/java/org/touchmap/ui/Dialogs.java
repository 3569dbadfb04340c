package org.touchmap.ui;

import org.touchmap.ui.i18n.Messages;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Optional;

/** The few questions and messages the main window asks and shows, all from the bundles. */
public final class Dialogs {
    /** What the person chose when asked about unsaved changes. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    private Dialogs() {
    }

    public static void error(Window owner, String header, String detail) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(header);
        alert.setContentText(detail);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }

    static UnsavedChoice askAboutUnsaved(Window owner, String documentName) {
        ButtonType save = new ButtonType(Messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, Messages.get("unsaved.detail"), save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(Messages.get("unsaved.header", documentName));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }
}
