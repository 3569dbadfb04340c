package org.touchmap.ui.canvas;

import java.util.Optional;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.touchmap.edit.TouchpointProperties;
import org.touchmap.layout.CardBox;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;

/**
 * Renaming a card where it is: a text field over the card's name. Enter or clicking elsewhere
 * keeps the new name (one undo step), Escape keeps the old one. An empty name is refused with a
 * note under the field, which stays open.
 */
final class InPlaceRename {
    /** How far the field reaches beyond the name box, so the text inside it sits where the name was. */
    private static final double FIELD_MARGIN = 6;

    private final CanvasEditing editing;
    private final TextField field = new TextField();
    private final Label problem = new Label();
    private final ChangeListener<Boolean> focusLost = (obs, was, now) -> {
        if (!now) {
            finish(true);
        }
    };
    private String cardId;

    InPlaceRename(CanvasEditing editing) {
        this.editing = editing;
        field.getStyleClass().add("in-place-editor");
        field.setManaged(false);
        problem.getStyleClass().add("in-place-problem");
        problem.setManaged(false);
        problem.setWrapText(true);
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        field.textProperty().addListener((obs, old, now) -> showProblem(false));
    }

    boolean isEditing() {
        return cardId != null;
    }

    /** Opens the name of the card with this id for editing. */
    void start(String touchpointId) {
        finish(true);
        if (!editing.map().hasTouchpoint(touchpointId) || box(touchpointId).isEmpty()) {
            return;
        }
        cardId = touchpointId;
        field.setText(editing.map().touchpoint(touchpointId).name());
        // In the scene first: a field that has never been styled has no height yet to be placed with.
        editing.overlay().getChildren().addAll(field, problem);
        field.applyCss();
        place();
        // The overlay does not lay out what it holds; without this the field shows no text until the next layout.
        field.layout();
        showProblem(false);
        field.requestFocus();
        // All selected, so typing replaces the name, with the caret at its start, so the start shows.
        field.selectRange(field.getLength(), 0);
        field.focusedProperty().addListener(focusLost);
    }

    /** After a redraw: follow the card, or give up when it is gone (e.g. an undo took it away). */
    void redrawn() {
        if (cardId == null) {
            return;
        }
        if (!editing.map().hasTouchpoint(cardId) || box(cardId).isEmpty()) {
            finish(false);
        } else {
            place();
        }
    }

    private void key(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            finish(true);
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            finish(false);
            event.consume();
        }
    }

    /** Ends the edit, keeping the typed name when asked to and when it is a name at all. */
    private void finish(boolean keep) {
        if (cardId == null) {
            return;
        }
        String name = field.getText() == null ? "" : field.getText().strip();
        if (keep && name.isEmpty()) {
            showProblem(true);
            if (!field.isFocused()) {
                // Focus went elsewhere with an empty name: nothing to keep, so the old name stays.
                close();
            }
            return;
        }
        String id = cardId;
        close();
        if (keep && editing.map().hasTouchpoint(id) && !editing.map().touchpoint(id).name().equals(name)) {
            editing.execute(TouchpointProperties.NAME.change(id, name));
        }
        editing.canvas().requestFocus();
    }

    private void close() {
        cardId = null;
        field.focusedProperty().removeListener(focusLost);
        editing.overlay().getChildren().removeAll(field, problem);
    }

    private void place() {
        MapLayout layout = editing.layout();
        Rect card = box(cardId).orElseThrow().bounds();
        Rect name = layout.cardAnatomy().nameBox().translate(card.x(), card.y());
        double width = name.width() + 2 * FIELD_MARGIN;
        field.resizeRelocate(name.x() - FIELD_MARGIN, name.y() - FIELD_MARGIN, width,
                field.prefHeight(width));
        problem.setMaxWidth(card.width());
        problem.resizeRelocate(card.x(), card.maxY() + 4, card.width(), problem.prefHeight(card.width()));
    }

    private void showProblem(boolean show) {
        problem.setText(show ? editing.canvas().messages().get("rename.empty") : "");
        problem.setVisible(show);
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), show);
        if (show && cardId != null) {
            place();
        }
    }

    private Optional<CardBox> box(String id) {
        MapLayout layout = editing.layout();
        return layout == null ? Optional.empty() : layout.card(id);
    }
}
