package org.touchmap.ui.canvas;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import org.touchmap.ui.keys.PhysicalKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The keys the map itself answers, each bound once, asked in the order they were bound. A key
 * pressed on the canvas goes to its one binding, which consumes it when it acts, so the window's
 * menu shortcut for the same key (Delete, F2, Ctrl+C…) never acts as well; both call the same
 * command. A key not bound here goes on to the window. Keys typed into the canvas's own text
 * fields are theirs, not the map's.
 */
public final class CanvasKeymap {
    /** A key and its modifiers, matched by the key's place on the keyboard, so it works on any layout. */
    public record Keys(KeyCode code, boolean shortcut, boolean shift) {
        public static Keys plain(KeyCode code) {
            return new Keys(code, false, false);
        }

        public static Keys shift(KeyCode code) {
            return new Keys(code, false, true);
        }

        public static Keys shortcut(KeyCode code) {
            return new Keys(code, true, false);
        }

        boolean matches(KeyEvent event) {
            return PhysicalKeys.of(event) == code && event.isShortcutDown() == shortcut
                    && event.isShiftDown() == shift && !event.isAltDown();
        }

        /** As a menu would show it, to compare with the menus' shortcuts. */
        public KeyCombination asCombination() {
            List<KeyCombination.Modifier> modifiers = new ArrayList<>();
            if (shortcut) {
                modifiers.add(KeyCombination.SHORTCUT_DOWN);
            }
            if (shift) {
                modifiers.add(KeyCombination.SHIFT_DOWN);
            }
            return new KeyCodeCombination(code, modifiers.toArray(KeyCombination.Modifier[]::new));
        }
    }

    /**
     * A key, what it is for, and what it does: {@code action} returns whether it used the key, so
     * a key that finds nothing to act on goes on to the window.
     */
    public record Binding(Keys keys, String purpose, Predicate<KeyEvent> action) {
    }

    private final List<Binding> bindings = new ArrayList<>();

    /** Binds {@code keys}; a key bound already is refused, since it would then have two handlers. */
    public void bind(Keys keys, String purpose, Predicate<KeyEvent> action) {
        bindings.stream().filter(binding -> binding.keys().equals(keys)).findFirst().ifPresent(earlier -> {
            throw new IllegalStateException(keys + " is bound already, to " + earlier.purpose());
        });
        bindings.add(new Binding(keys, purpose, action));
    }

    /**
     * Gives a bound key a wider action, which takes the place of the old one: structure editing
     * makes Delete, F2 and Escape act on arrows, stages and lanes as well as cards. The key keeps
     * one handler.
     */
    public void widen(Keys keys, String purpose, Predicate<KeyEvent> action) {
        for (int i = 0; i < bindings.size(); i++) {
            if (bindings.get(i).keys().equals(keys)) {
                bindings.set(i, new Binding(keys, purpose, action));
                return;
            }
        }
        throw new IllegalStateException(keys + " is not bound, so there is nothing to widen");
    }

    public List<Binding> bindings() {
        return List.copyOf(bindings);
    }

    void install(Node canvas) {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
    }

    private void pressed(KeyEvent event) {
        if (event.isConsumed() || TextFieldsOnTheMap.hold(event.getTarget())) {
            return;
        }
        for (Binding binding : bindings) {
            if (binding.keys().matches(event)) {
                if (binding.action().test(event)) {
                    event.consume();
                }
                return;
            }
        }
    }
}
