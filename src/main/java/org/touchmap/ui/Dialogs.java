package org.touchmap.ui;

import org.touchmap.ui.i18n.Messages;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** The messages every window shows, from the bundles; the questions about a map's file are in {@code ui.document.DocumentQuestions}. */
public final class Dialogs {
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

    public static void information(Window owner, String header, String detail) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(header);
        alert.setContentText(detail);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }
}
