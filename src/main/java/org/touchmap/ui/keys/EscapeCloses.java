package org.touchmap.ui.keys;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Escape closes a window of the editor other than the main one (help, comparison, snapshots, dot
 * voting), as it closes a dialog; without a window manager's close button it is the only way out.
 * A control that takes Escape first (a cell being renamed, a field being typed in) keeps it: the
 * window hears only the Escape nobody used.
 */
public final class EscapeCloses {
    private EscapeCloses() {
    }

    /** Installs on the window's scene, which must be set. */
    public static void install(Stage window) {
        window.getScene().addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !event.isConsumed()) {
                event.consume();
                window.hide();
            }
        });
    }
}
