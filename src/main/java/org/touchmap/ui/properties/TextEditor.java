package org.touchmap.ui.properties;

import java.util.Optional;

import atlantafx.base.theme.Styles;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import org.touchmap.edit.Command;

/**
 * A text field or text area tied to one field. What the person types is committed as one
 * command on Enter (Ctrl+Enter in a text area) or when the field loses focus, never per
 * keystroke, and only when the value really changes. Escape brings the stored value back. Text
 * that cannot be read (a number out of range) is refused with a message under the field; the
 * field stays marked and the map unchanged until it is fixed or reverted.
 *
 * <p>When the map changes while the person is typing here, the typed text stays unless this very
 * field changed (an undo of it, say); then the new value replaces it and the caret stays put.
 */
final class TextEditor<V> implements FieldEditor {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination COMMIT_AREA =
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final EditScope scope;
    private final EditedValue<V> value;
    private final TextCodec<V> codec;
    private final TextInputControl control;
    private final Label error = new Label();
    private final String mixedPrompt;
    private String prompt;
    /** The text that shows the stored value; anything else in the field is the person's own typing. */
    private String shown = "";
    private CommonValue<V> loaded;

    TextEditor(EditScope scope, EditedValue<V> value, TextCodec<V> codec, TextInputControl control, PanelText text) {
        this.scope = scope;
        this.value = value;
        this.codec = codec;
        this.control = control;
        this.mixedPrompt = text.get("mixed");
        this.prompt = control.getPromptText();
        error.getStyleClass().addAll("field-error", Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        if (control instanceof TextField field) {
            field.setOnAction(event -> commit());
        }
        control.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    TextInputControl control() {
        return control;
    }

    /** The message shown under the field when the text is refused; hidden otherwise. */
    Label error() {
        return error;
    }

    /** A hint shown inside the field while it is empty. */
    void setPrompt(String newPrompt) {
        this.prompt = newPrompt;
        if (loaded == null || !loaded.mixed()) {
            control.setPromptText(newPrompt);
        }
    }

    boolean isDirty() {
        return !control.getText().equals(shown);
    }

    @Override
    public void load() {
        CommonValue<V> now = scope.current(value);
        boolean keepTyping = isDirty() && now.equals(loaded);
        if (!keepTyping) {
            showStored(now);
        }
    }

    private void showStored(CommonValue<V> stored) {
        loaded = stored;
        control.setPromptText(stored.mixed() ? mixedPrompt : prompt);
        show(stored.mixed() ? "" : codec.format(stored.value()));
    }

    @Override
    public Optional<Command> takePendingEdit() {
        if (!isDirty() || !scope.hasDocument()) {
            return Optional.empty();
        }
        ParsedInput<V> parsed = codec.parse(control.getText());
        Optional<Command> pending = parsed.isValid() ? scope.changeTo(value, parsed.value()) : Optional.empty();
        show(shown);
        return pending;
    }

    /** Stores what was typed, or marks the field when it cannot be stored. */
    void commit() {
        if (!scope.hasDocument() || !isDirty()) {
            hideError();
            return;
        }
        ParsedInput<V> parsed = codec.parse(control.getText());
        if (!parsed.isValid()) {
            showError(parsed.error());
            return;
        }
        scope.set(value, parsed.value());
        // Also when nothing changed ("12 000" for 12000), the field shows the value as stored.
        showStored(scope.current(value));
    }

    private void show(String text) {
        shown = text;
        if (!control.getText().equals(text)) {
            int caret = Math.min(control.getCaretPosition(), text.length());
            int anchor = Math.min(control.getAnchor(), text.length());
            control.setText(text);
            if (control.isFocused()) {
                control.selectRange(anchor, caret);
            }
        }
        hideError();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        control.pseudoClassStateChanged(Styles.STATE_DANGER, true);
    }

    private void hideError() {
        error.setVisible(false);
        control.pseudoClassStateChanged(Styles.STATE_DANGER, false);
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE && isDirty()) {
            show(shown);
            event.consume();
        } else if (control instanceof TextArea && COMMIT_AREA.match(event)) {
            commit();
            event.consume();
        } else if (control instanceof TextArea && event.getCode() == KeyCode.TAB && !event.isControlDown()) {
            // In a form Tab goes to the next field; the text area's own behaviour moves on with Ctrl+Tab.
            event.consume();
            Event.fireEvent(control, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                    event.isShiftDown(), true, false, false));
        } else if (!isDirty() && scope.hasDocument()
                && (UNDO.match(event) || REDO.match(event) || REDO_SHIFT.match(event))) {
            // Nothing typed here to undo: the person means the last change to the map.
            boolean undo = UNDO.match(event);
            if (undo && scope.commands().canUndo()) {
                scope.commands().undo();
            } else if (!undo && scope.commands().canRedo()) {
                scope.commands().redo();
            }
            event.consume();
        }
    }
}
