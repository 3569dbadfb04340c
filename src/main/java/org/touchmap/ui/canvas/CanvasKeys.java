package org.touchmap.ui.canvas;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.touchmap.ui.keys.PhysicalKeys;

/**
 * The canvas's keyboard: arrows nudge, Delete and Backspace delete, Escape lets go, F2 renames,
 * Ctrl+A/C/V/D select all, copy, paste and duplicate, Ctrl+plus/minus/0 zoom, Space held pans,
 * Tab and Shift+Tab walk the stages for fast entry, and typing a letter starts fast entry. Letter
 * shortcuts go by the key's place, so they work on a Russian or Serbian layout too.
 *
 * <p>Keys typed into the canvas's own text fields are theirs: this class ignores them, and what
 * it acts on it consumes, so the window's menu shortcuts never act on the same key twice. Escape,
 * Delete and F2 with no card to act on pass on to the structure keys on the same node, which
 * end the connect tool, delete a selected arrow, stage or lane, and rename a stage or lane.
 */
final class CanvasKeys {
    /** Pixels an arrow key scrolls the view when no card is selected. */
    private static final double SCROLL_STEP = 40;

    private final CanvasEditing editing;

    CanvasKeys(CanvasEditing editing) {
        this.editing = editing;
    }

    void install(Node canvas) {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, this::released);
        canvas.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
    }

    private void pressed(KeyEvent event) {
        if (CanvasEditing.isInTextInput(event.getTarget())) {
            return;
        }
        boolean handled = event.isShortcutDown() ? shortcut(event) : plain(event);
        if (handled) {
            event.consume();
        }
    }

    private boolean shortcut(KeyEvent event) {
        KeyCode key = PhysicalKeys.of(event);
        if (event.isShiftDown() && key.isLetterKey()) {
            // Ctrl+Shift+C is "copy as image", Ctrl+Shift+N "add card": the menu's, not plain copy.
            return false;
        }
        switch (key) {
            case A -> editing.selectAll();
            case C -> editing.copy();
            case V -> editing.paste();
            case D -> editing.duplicate();
            case EQUALS, PLUS, ADD -> editing.canvas().navigation().zoomIn();
            case MINUS, SUBTRACT -> editing.canvas().navigation().zoomOut();
            case DIGIT0, NUMPAD0 -> editing.canvas().navigation().resetZoom();
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean plain(KeyEvent event) {
        boolean haveCards = !editing.selectedCards().isEmpty();
        switch (event.getCode()) {
            case ESCAPE -> {
                if (editing.drag().cancel()) {
                    return true;
                }
                // Letting go passes the key on, so structure editing also ends the connect tool.
                editing.clearSelection();
                return false;
            }
            case DELETE, BACK_SPACE -> {
                if (!haveCards) {
                    return false;
                }
                editing.deleteSelected();
            }
            case F2 -> {
                if (editing.selectedCards().size() != 1) {
                    return false;
                }
                editing.renameSelected();
            }
            case SPACE -> editing.pan().setSpaceHeld(true);
            case TAB -> {
                if (!editing.fastEntry().isArmed()) {
                    return false;
                }
                editing.fastEntry().nextStage(event.isShiftDown() ? -1 : 1);
            }
            case LEFT, RIGHT, UP, DOWN -> {
                if (haveCards) {
                    nudge(event.getCode(), event.isShiftDown());
                } else {
                    scroll(event.getCode());
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void nudge(KeyCode code, boolean big) {
        int right = code == KeyCode.RIGHT ? 1 : code == KeyCode.LEFT ? -1 : 0;
        int down = code == KeyCode.DOWN ? 1 : code == KeyCode.UP ? -1 : 0;
        editing.nudgeSelected(right, down, big);
    }

    /** Without cards to nudge, arrows scroll the view, as they would in the scroll pane itself. */
    private void scroll(KeyCode code) {
        int right = code == KeyCode.RIGHT ? 1 : code == KeyCode.LEFT ? -1 : 0;
        int down = code == KeyCode.DOWN ? 1 : code == KeyCode.UP ? -1 : 0;
        editing.canvas().viewport().scrollBy(right * SCROLL_STEP, down * SCROLL_STEP);
    }

    private void released(KeyEvent event) {
        if (event.getCode() == KeyCode.SPACE) {
            editing.pan().setSpaceHeld(false);
            event.consume();
        }
    }

    private void typed(KeyEvent event) {
        if (CanvasEditing.isInTextInput(event.getTarget()) || event.isShortcutDown() || event.isAltDown()
                || event.isMetaDown() || !editing.fastEntry().isArmed()) {
            return;
        }
        String text = event.getCharacter();
        // Space pans, and control characters (Enter, Tab, Backspace…) are no part of a name.
        if (text.isEmpty() || text.isBlank() || Character.isISOControl(text.charAt(0))) {
            return;
        }
        editing.fastEntry().start(text);
        event.consume();
    }
}
