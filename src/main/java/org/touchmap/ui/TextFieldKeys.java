package org.touchmap.ui;

import org.touchmap.ui.canvas.TextFieldsOnTheMap;
import java.util.Set;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keeps the keys of text editing with the text field being typed in. The menu's shortcuts for the
 * selected cards work anywhere in the window, and a key that a text field leaves unused goes on
 * to them: Ctrl+D would duplicate the card whose name is being typed, F2 would open its name on
 * the canvas. So while a text field has the keyboard, Delete, Backspace, F2 and Ctrl+A, C, V, X
 * and D end with it, whether it used them or not, and so do Ctrl+Alt keys, which are AltGr on
 * Windows. The other shortcuts, such as Ctrl+S and the rating keys (Alt+1, 2, 3, 0), still work
 * while typing.
 */
final class TextFieldKeys {
    private static final Set<KeyCode> PLAIN = Set.of(KeyCode.DELETE, KeyCode.BACK_SPACE, KeyCode.F2);
    private static final Set<KeyCode> WITH_SHORTCUT = Set.of(KeyCode.A, KeyCode.C, KeyCode.V, KeyCode.X, KeyCode.D);

    private static final EventHandler<KeyEvent> KEEP = event -> {
        if (staysWithTextField(event)) {
            event.consume();
        }
    };

    private TextFieldKeys() {
    }

    /**
     * Guards the shortcuts of the menu bar's items in whatever scene the bar is in: the bar puts
     * them there, and a handler on the scene runs after the text field and before them.
     */
    static void keepFromMenu(MenuBar menuBar) {
        menuBar.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, KEEP);
            }
            install(now);
        });
        install(menuBar.getScene());
    }

    private static void install(Scene scene) {
        if (scene != null) {
            scene.addEventHandler(KeyEvent.KEY_PRESSED, KEEP);
        }
    }

    /** Whether {@code event} is a key of text editing pressed while a text field has the keyboard. */
    static boolean staysWithTextField(KeyEvent event) {
        return isTextEditingKey(event) && TextFieldsOnTheMap.hold(event.getTarget());
    }

    private static boolean isTextEditingKey(KeyEvent event) {
        if (event.isControlDown() && event.isAltDown()) {
            // AltGr on Windows: on many layouts (Serbian Latin, German) it types ~, ^, @ or {.
            return true;
        }
        if (event.isAltDown()) {
            return false;
        }
        if (event.isShortcutDown()) {
            return !event.isShiftDown() && WITH_SHORTCUT.contains(event.getCode());
        }
        return PLAIN.contains(event.getCode());
    }
}
