package org.touchmap.ui.canvas;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

/**
 * The text fields the map opens over itself (a card's name, fast entry, a stage's name) own the
 * events aimed at them: a click in one selects or drags no card, and a key typed in one is the
 * text's, not the map's or the menu's.
 */
public final class TextFieldsOnTheMap {
    private TextFieldsOnTheMap() {
    }

    /** Whether an event's target is, or is inside, a text field: on the map or anywhere else in the window. */
    public static boolean hold(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the clicks and the card shortcuts (F2, Ctrl+D) of the overlay's text fields with them. */
    static void keepTheirEvents(Pane overlay) {
        overlay.addEventHandler(MouseEvent.ANY, event -> {
            if (hold(event.getTarget())) {
                event.consume();
            }
        });
        // While a name is typed, the shortcuts that act on the selected cards must not reach the menu.
        overlay.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (hold(event.getTarget()) && (event.getCode() == KeyCode.F2
                    || event.isShortcutDown() && event.getCode() == KeyCode.D)) {
                event.consume();
            }
        });
    }
}
