package org.touchmap.ui.present;

import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

import org.touchmap.model.Rating;
import org.touchmap.ui.keys.PhysicalKeys;
import org.touchmap.ui.properties.RatingKeys;

/**
 * The keyboard while presenting, ahead of everything else in the window: every key is taken, so
 * a stray key changes nothing. Right, Down, Page Down (a clicker's "next"), Space and Enter go on;
 * Left, Up, Page Up and Backspace go back; Home and End jump to the start and to everything;
 * C switches between stages and a chain, N walks the next chain, L toggles the laser pointer,
 * E the editing, Escape leaves; letters by their key, so on a Russian or Serbian layout too. Only while editing do F2, the rating keys and undo/redo act, and
 * keys typed into a text field (renaming a card) are the field's.
 */
final class PresenterKeys {
    private final PresenterMode presenter;
    private final EventHandler<KeyEvent> pressed = this::pressed;
    private final EventHandler<KeyEvent> other = this::swallow;

    PresenterKeys(PresenterMode presenter) {
        this.presenter = presenter;
    }

    /** On the window, so the keys come here before the canvas and before any shortcut. */
    void install(Window window) {
        window.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        window.addEventFilter(KeyEvent.KEY_TYPED, other);
        window.addEventFilter(KeyEvent.KEY_RELEASED, other);
    }

    void remove(Window window) {
        window.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
        window.removeEventFilter(KeyEvent.KEY_TYPED, other);
        window.removeEventFilter(KeyEvent.KEY_RELEASED, other);
    }

    private void swallow(KeyEvent event) {
        if (!(event.getTarget() instanceof TextInputControl)) {
            event.consume();
        }
    }

    private void pressed(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl) {
            return;
        }
        event.consume();
        if (presenter.isEditing() && edit(event)) {
            return;
        }
        if (event.isShortcutDown() || event.isAltDown() || event.isMetaDown()) {
            return;
        }
        switch (PhysicalKeys.of(event)) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE, ENTER -> presenter.next();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> presenter.previous();
            case HOME -> presenter.first();
            case END -> presenter.last();
            case C -> presenter.switchReveal();
            case N -> presenter.nextChain();
            case L -> presenter.toggleLaser();
            case E -> presenter.toggleEditing();
            case ESCAPE -> presenter.leave();
            default -> {
                // Any other key does nothing, on purpose.
            }
        }
    }

    /** The few edits presenter mode allows while editing; {@code true} when the key was one. */
    private boolean edit(KeyEvent event) {
        for (Rating rating : RatingKeys.ORDER) {
            if (RatingKeys.of(rating).match(event)) {
                presenter.edits().rate(rating);
                return true;
            }
        }
        if (event.isShortcutDown()) {
            KeyCode key = PhysicalKeys.of(event);
            if (key == KeyCode.Z && !event.isShiftDown()) {
                presenter.edits().undo();
                return true;
            }
            if (key == KeyCode.Y || key == KeyCode.Z) {
                presenter.edits().redo();
                return true;
            }
            return false;
        }
        if (event.getCode() == KeyCode.F2) {
            presenter.edits().rename();
            return true;
        }
        return false;
    }
}
