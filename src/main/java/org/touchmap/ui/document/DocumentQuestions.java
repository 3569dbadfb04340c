package org.touchmap.ui.document;

import org.touchmap.ui.i18n.Messages;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Optional;

/** The questions about an open map's file: unsaved changes that would be lost, a file changed by someone else. */
final class DocumentQuestions {
    /** What the person chose when asked about unsaved changes. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** What the person chose when their map's file was changed by someone else. */
    enum ExternalChoice { RELOAD, KEEP_MINE, SAVE_AS, CANCEL }

    private DocumentQuestions() {
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

    /**
     * Asks what to do about a file changed on disk. Reload is the default only when the map has
     * no unsaved changes; otherwise its label says what it costs. Before a save there is also
     * Cancel, and closing the dialog cancels; otherwise closing it keeps the map, which loses nothing.
     */
    static ExternalChoice askAboutExternalChange(Window owner, String documentName, boolean dirty, boolean saving) {
        ButtonType reload = new ButtonType(Messages.get(dirty ? "external.reloadLosingMine" : "external.reload"),
                dirty ? ButtonBar.ButtonData.OTHER : ButtonBar.ButtonData.YES);
        ButtonType keepMine = new ButtonType(Messages.get("external.keepMine"),
                saving ? ButtonBar.ButtonData.NO : ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType saveAs = new ButtonType(Messages.get("external.saveAs"), ButtonBar.ButtonData.LEFT);
        ButtonType cancel = new ButtonType(Messages.get("external.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, Messages.get(saving ? "external.changed.saving"
                : dirty ? "external.changed.dirty" : "external.changed.clean"));
        alert.getButtonTypes().setAll(reload, keepMine);
        if (dirty || saving) {
            alert.getButtonTypes().add(saveAs);
        }
        if (saving) {
            alert.getButtonTypes().add(cancel);
        }
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(Messages.get("external.changed.header", documentName));
        alert.getDialogPane().setMinWidth(560);
        ((Button) alert.getDialogPane().lookupButton(reload)).setDefaultButton(!dirty);
        ((Button) alert.getDialogPane().lookupButton(keepMine)).setDefaultButton(dirty);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty()) {
            return saving ? ExternalChoice.CANCEL : ExternalChoice.KEEP_MINE;
        }
        ButtonType chosen = answer.get();
        if (chosen == reload) {
            return ExternalChoice.RELOAD;
        }
        if (chosen == saveAs) {
            return ExternalChoice.SAVE_AS;
        }
        return chosen == keepMine ? ExternalChoice.KEEP_MINE : ExternalChoice.CANCEL;
    }
}
