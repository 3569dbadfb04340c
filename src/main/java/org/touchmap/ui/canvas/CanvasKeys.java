package org.touchmap.ui.canvas;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;


/**
 * The card keys of the canvas's {@link CanvasKeymap}: arrows nudge the selected cards (or scroll
 * the view when none is selected), Delete and Backspace delete them, Escape lets go, F2 renames,
 * Ctrl+A/C/V/D select all, copy, paste and duplicate, Ctrl with plus, minus and 0 zoom, Space
 * held pans, Tab and Shift+Tab walk the stages for fast entry, and typing a letter starts fast
 * entry. Structure editing widens Delete, Backspace, F2 and Escape to arrows, stages and lanes.
 */
final class CanvasKeys {
    /** Pixels an arrow key scrolls the view when no card is selected. */
    private static final double SCROLL_STEP = 40;

    private final CanvasEditing editing;

    CanvasKeys(CanvasEditing editing) {
        this.editing = editing;
    }

    void install(Node canvas, CanvasKeymap keymap) {
        for (KeyCode arrow : java.util.List.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN)) {
            keymap.bind(CanvasKeymap.Keys.plain(arrow), "nudge or scroll", event -> arrow(arrow, false));
            keymap.bind(CanvasKeymap.Keys.shift(arrow), "nudge far", event -> arrow(arrow, true));
        }
        keymap.bind(CanvasKeymap.Keys.plain(KeyCode.ESCAPE), "cancel the drag or let go",
                event -> editing.cancelDragOrLetGo());
        keymap.bind(CanvasKeymap.Keys.plain(KeyCode.DELETE), "delete the selected cards", event -> editing.deleteSelected());
        keymap.bind(CanvasKeymap.Keys.plain(KeyCode.BACK_SPACE), "delete the selected cards",
                event -> editing.deleteSelected());
        keymap.bind(CanvasKeymap.Keys.plain(KeyCode.F2), "rename the selected card", event -> editing.renameSelected());
        keymap.bind(CanvasKeymap.Keys.shortcut(KeyCode.A), "select all", event -> run(editing::selectAll));
        keymap.bind(CanvasKeymap.Keys.shortcut(KeyCode.C), "copy", event -> run(editing::copy));
        keymap.bind(CanvasKeymap.Keys.shortcut(KeyCode.V), "paste", event -> run(editing::paste));
        keymap.bind(CanvasKeymap.Keys.shortcut(KeyCode.D), "duplicate", event -> run(editing::duplicate));
        keymap.bind(CanvasKeymap.Keys.plain(KeyCode.SPACE), "pan while held", event -> {
            editing.pan().setSpaceHeld(true);
            return true;
        });
        keymap.bind(CanvasKeymap.Keys.plain(KeyCode.TAB), "fast entry: next stage", event -> nextStage(1));
        keymap.bind(CanvasKeymap.Keys.shift(KeyCode.TAB), "fast entry: previous stage", event -> nextStage(-1));
        CanvasNavigation navigation = editing.canvas().navigation();
        keymap.bind(CanvasKeymap.Keys.shortcut(KeyCode.EQUALS), "zoom in", event -> run(navigation::zoomIn));
        keymap.bind(new CanvasKeymap.Keys(KeyCode.EQUALS, true, true), "zoom in", event -> run(navigation::zoomIn));
        keymap.bind(CanvasKeymap.Keys.shortcut(KeyCode.PLUS), "zoom in", event -> run(navigation::zoomIn));
        keymap.bind(CanvasKeymap.Keys.shortcut(KeyCode.ADD), "zoom in", event -> run(navigation::zoomIn));
        keymap.bind(CanvasKeymap.Keys.shortcut(KeyCode.MINUS), "zoom out", event -> run(navigation::zoomOut));
        keymap.bind(CanvasKeymap.Keys.shortcut(KeyCode.SUBTRACT), "zoom out", event -> run(navigation::zoomOut));
        keymap.bind(CanvasKeymap.Keys.shortcut(KeyCode.DIGIT0), "actual size", event -> run(navigation::resetZoom));
        keymap.bind(CanvasKeymap.Keys.shortcut(KeyCode.NUMPAD0), "actual size", event -> run(navigation::resetZoom));
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, this::released);
        canvas.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
    }

    private static boolean run(Runnable command) {
        command.run();
        return true;
    }

    private boolean nextStage(int step) {
        if (!editing.fastEntry().isArmed()) {
            return false;
        }
        editing.fastEntry().nextStage(step);
        return true;
    }

    private boolean arrow(KeyCode code, boolean big) {
        int right = code == KeyCode.RIGHT ? 1 : code == KeyCode.LEFT ? -1 : 0;
        int down = code == KeyCode.DOWN ? 1 : code == KeyCode.UP ? -1 : 0;
        if (!editing.selectedCards().isEmpty()) {
            editing.nudgeSelected(right, down, big);
        } else {
            // Without cards to nudge, arrows scroll the view, as they would in the scroll pane itself.
            editing.canvas().viewport().scrollBy(right * SCROLL_STEP, down * SCROLL_STEP);
        }
        return true;
    }

    private void released(KeyEvent event) {
        if (event.getCode() == KeyCode.SPACE) {
            editing.pan().setSpaceHeld(false);
            event.consume();
        }
    }

    private void typed(KeyEvent event) {
        if (TextFieldsOnTheMap.hold(event.getTarget()) || event.isShortcutDown() || event.isAltDown()
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
