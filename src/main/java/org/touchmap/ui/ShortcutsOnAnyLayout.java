package org.touchmap.ui;

import java.util.Map;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.keys.PhysicalKeys;

/**
 * Makes the menu's shortcuts (Ctrl+S, Ctrl+Z, Ctrl+F, Ctrl+Shift+N …) work on a keyboard whose only
 * layout is Cyrillic. There the platform may report Ctrl+я with no key code, only the letter, and
 * JavaFX matches accelerators by key code, so none would fire. A handler on the scene, which runs
 * after the focused control had its chance and before the scene's accelerators, finds the Latin
 * key in the letter's place ({@link PhysicalKeys}) and runs the accelerator of that key.
 *
 * <p>It acts only on a key with Ctrl, Alt or Meta whose code is not a Latin letter, so a key the
 * platform already reports by its place is left to JavaFX and fires once. Running the scene's own
 * accelerator fires the menu item only when it is enabled. The keys of text editing stay with a
 * text field, as {@link TextFieldKeys} keeps them on an English layout.
 */
final class ShortcutsOnAnyLayout {
    private static final EventHandler<KeyEvent> BY_PLACE = ShortcutsOnAnyLayout::pressed;

    private ShortcutsOnAnyLayout() {
    }

    /** Installs the handler in whatever scene the menu bar is in, where its accelerators are. */
    static void install(MenuBar menuBar) {
        menuBar.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, BY_PLACE);
            }
            if (now != null) {
                now.addEventHandler(KeyEvent.KEY_PRESSED, BY_PLACE);
            }
        });
        if (menuBar.getScene() != null) {
            menuBar.getScene().addEventHandler(KeyEvent.KEY_PRESSED, BY_PLACE);
        }
    }

    private static void pressed(KeyEvent event) {
        if (event.isConsumed() || !(event.getSource() instanceof Scene scene)) {
            return;
        }
        KeyEvent byPlace = asLatinKey(event);
        if (byPlace == null || TextFieldKeys.staysWithTextField(byPlace)) {
            return;
        }
        for (Map.Entry<KeyCombination, Runnable> accelerator : scene.getAccelerators().entrySet()) {
            if (accelerator.getKey().match(byPlace)) {
                event.consume();
                accelerator.getValue().run();
                return;
            }
        }
    }

    /** The same key press with the code of the Latin letter in its place, or null when it needs none. */
    static KeyEvent asLatinKey(KeyEvent event) {
        boolean modified = event.isControlDown() || event.isAltDown() || event.isMetaDown();
        KeyCode code = event.getCode();
        if (!modified || (code != null && code.isLetterKey())) {
            return null;
        }
        KeyCode place = PhysicalKeys.ofCharacter(event.getText(), Messages.locale());
        if (place == KeyCode.UNDEFINED) {
            place = PhysicalKeys.ofCharacter(event.getCharacter(), Messages.locale());
        }
        if (place == KeyCode.UNDEFINED) {
            return null;
        }
        return new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(), event.getCharacter(),
                event.getText(), place, event.isShiftDown(), event.isControlDown(), event.isAltDown(),
                event.isMetaDown());
    }
}
