package org.touchmap.ui.canvas;

import java.util.Optional;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.shape.Rectangle;

import org.touchmap.edit.AddNote;
import org.touchmap.edit.AddTouchpoint;
import org.touchmap.edit.Placement;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;
import org.touchmap.ui.keys.PhysicalKeys;
import org.touchmap.ui.properties.RatingKeys;

/**
 * Fast entry for workshops: with a stage selected, typing starts a card name in a small field at
 * the cell, Enter adds the card below the others in that cell and leaves the field open for the
 * next one; in a lane of notes (thoughts, pain points, a blueprint's steps…) Enter adds a note the
 * same way, Tab and Shift+Tab add what was typed and move to the next or previous stage, Escape
 * stops and drops what was typed; a click elsewhere adds it, as Enter would; Up and Down add it and
 * move to the lane above or below that takes cards or notes. The typed cards
 * are linked in the order typed: into the active chain, or a chain the first card starts (see
 * {@link TypedCardChaining}). While the field is open the rating keys (Alt+1, Alt+2, Alt+3, Alt+0)
 * rate the card typed last, so a card can be rated as it is said without leaving the keyboard;
 * Alt with a digit types nothing, so it never clashes with a name. Ctrl+Z in an empty field
 * undoes the last card (there is no typing to undo), so the keyboard can stay in the field.
 *
 * <p>The selection holds a stage or a lane, not both, so the lane of the cell is kept here: the
 * lane last clicked, else the first lane of cards (see {@link FastEntryCell}).
 */
final class FastEntry {
    private final CanvasEditing editing;
    private final TextField field = new TextField();
    private final Rectangle cellOutline = new Rectangle();
    private final ChangeListener<Boolean> focusLost = (obs, was, now) -> {
        if (!now) {
            // Clicking elsewhere keeps what was typed: a workshop loses no note to a stray click.
            addTypedCard();
            close();
        }
    };
    private final TypedCardChaining chaining;
    private String laneId;
    /** Set while fast entry itself changes the stage and the lane stays the one chosen. */
    private boolean movingWithinLane;
    /** The card typed last in this entry, which the rating keys rate while the field is open. */
    private String lastCard;
    private boolean typing;

    FastEntry(CanvasEditing editing) {
        this.editing = editing;
        field.getStyleClass().add("fast-entry");
        field.setManaged(false);
        field.setPromptText(editing.canvas().messages().get("fastEntry.prompt"));
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        cellOutline.getStyleClass().add("fast-entry-cell");
        cellOutline.setManaged(false);
        cellOutline.setMouseTransparent(true);
        cellOutline.setVisible(false);
        editing.overlay().getChildren().add(0, cellOutline);
        editing.selection().stage().addListener((obs, old, now) -> {
            // A stage chosen by its header, not by a cell, takes typed cards to its first lane.
            if (!movingWithinLane) {
                laneId = null;
            }
            redrawn();
        });
        chaining = new TypedCardChaining(editing.selection());
    }

    /** Selects a stage and a lane as the cell that typed cards go to. */
    void armAt(String stageId, String laneId) {
        this.laneId = laneId;
        selectStageKeepingLane(stageId);
        redrawn();
    }

    private void selectStageKeepingLane(String stageId) {
        movingWithinLane = true;
        try {
            editing.selection().selectStage(stageId);
        } finally {
            movingWithinLane = false;
        }
    }

    /** Whether a stage is selected, so that typing would add a card. */
    boolean isArmed() {
        return target().isPresent();
    }

    boolean isTyping() {
        return typing;
    }

    /** Opens the field with the first typed characters. */
    void start(String firstText) {
        if (!isArmed()) {
            return;
        }
        if (!typing) {
            typing = true;
            editing.overlay().getChildren().add(field);
            // A field gets its skin, which types keys and gives it a height, only at the next pulse. The
            // keys typed before that would be lost and the field drawn flat, so it gets its skin now.
            field.applyCss();
            field.focusedProperty().addListener(focusLost);
        }
        field.setText(firstText);
        place();
        field.requestFocus();
        field.end();
    }

    /** Moves the entry to the next ({@code +1}) or previous ({@code -1}) stage, wrapping around. */
    void nextStage(int direction) {
        Optional<Placement> cell = target();
        if (cell.isEmpty()) {
            return;
        }
        JourneyMap map = editing.map();
        int count = map.stages().size();
        int index = Math.floorMod(map.stageIndex(cell.get().stageId()) + direction, count);
        selectStageKeepingLane(map.stages().get(index).id());
        if (typing) {
            field.requestFocus();
        }
    }

    /** Moves the entry to the next lane below ({@code +1}) or above ({@code -1}) that takes cards or notes. */
    void nextLane(int direction) {
        Optional<Placement> cell = target();
        if (cell.isEmpty()) {
            return;
        }
        JourneyMap map = editing.map();
        for (int i = map.laneIndex(cell.get().laneId()) + direction; i >= 0 && i < map.lanes().size(); i += direction) {
            if (FastEntryCell.takesEntries(map.lanes().get(i))) {
                laneId = map.lanes().get(i).id();
                redrawn();
                return;
            }
        }
    }

    /** After a redraw or a change of the selected stage: follow the cell, or close when there is none. */
    void redrawn() {
        Optional<Placement> cell = target();
        if (cell.isEmpty()) {
            cellOutline.setVisible(false);
            close();
            return;
        }
        MapLayout layout = editing.layout();
        layout.cell(cell.get().stageId(), cell.get().laneId()).ifPresent(rect -> {
            cellOutline.setX(rect.x() + 1);
            cellOutline.setY(rect.y() + 1);
            cellOutline.setWidth(Math.max(0, rect.width() - 2));
            cellOutline.setHeight(Math.max(0, rect.height() - 2));
            cellOutline.setVisible(true);
        });
        if (typing) {
            place();
        }
    }

    private void key(KeyEvent event) {
        Optional<Rating> rating = RatingKeys.ORDER.stream().filter(r -> RatingKeys.of(r).match(event)).findFirst();
        if (rating.isPresent()) {
            // With no card typed yet the key is the menu's, which rates the selected cards.
            if (lastCard != null && editing.map().hasTouchpoint(lastCard)) {
                editing.rate(lastCard, rating.get());
                event.consume();
            }
            return;
        }
        if (event.isShortcutDown() && mapUndoKey(event) && fieldIsEmpty()) {
            // An empty field has no typing to undo: the key undoes (or redoes) the last card instead.
            editing.undoOrRedo(PhysicalKeys.of(event) == KeyCode.Y || event.isShiftDown());
            event.consume();
            return;
        }
        switch (event.getCode()) {
            case ENTER -> {
                addTypedCard();
                field.requestFocus();
            }
            case TAB -> {
                // What was typed belongs to the stage it was typed in, not to the next one.
                addTypedCard();
                nextStage(event.isShiftDown() ? -1 : 1);
            }
            case UP, DOWN -> {
                addTypedCard();
                nextLane(event.getCode() == KeyCode.DOWN ? 1 : -1);
            }
            case ESCAPE -> {
                close();
                editing.canvas().requestFocus();
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private static boolean mapUndoKey(KeyEvent event) {
        KeyCode key = PhysicalKeys.of(event);
        return !event.isAltDown() && (key == KeyCode.Z || key == KeyCode.Y);
    }

    private boolean fieldIsEmpty() {
        return field.getText() == null || field.getText().isEmpty();
    }

    /** Adds what was typed, if anything, to the cell as a card or a note; the field stays where it is. */
    private void addTypedCard() {
        String name = field.getText() == null ? "" : field.getText().strip();
        Optional<Placement> cell = target();
        if (name.isEmpty() || cell.isEmpty()) {
            return;
        }
        JourneyMap map = editing.map();
        // Cleared first: adding redraws the map, and a redraw must not find the text still waiting.
        field.clear();
        if (FastEntryCell.takesNotes(map, cell.get())) {
            editing.execute(AddNote.newNote(map, name, cell.get().stageId(), cell.get().laneId()));
            lastCard = null;
            return;
        }
        AddTouchpoint add = AddTouchpoint.newCard(map, name, ChannelCatalog.resolve(ChannelCatalog.OTHER), cell.get());
        TypedCardChaining.Entry entry = chaining.add(map, add);
        editing.execute(entry.command());
        chaining.added(entry);
        lastCard = entry.cardId();
    }

    /** Where the next typed card or note goes: the selected stage, the kept lane, below the cell's last one. */
    private Optional<Placement> target() {
        if (editing.layout() == null) {
            return Optional.empty();
        }
        return FastEntryCell.of(editing.map(), editing.selection().stage().get(), laneId);
    }

    private void place() {
        target().ifPresent(cell -> FastEntryCell.fieldBox(editing.map(), editing.layout(), cell).ifPresent(box -> {
            boolean notes = FastEntryCell.takesNotes(editing.map(), cell);
            field.setPromptText(editing.canvas().messages().get(notes ? "fastEntry.notePrompt" : "fastEntry.prompt"));
            field.resizeRelocate(box.x(), box.y(), box.width(), field.prefHeight(box.width()));
            keepInView(box);
        }));
    }

    /** Scrolls the least that shows the field, so a name typed in a stage past the view's edge is seen. */
    private void keepInView(Rect box) {
        editing.canvas().viewport().scrollTheLeastToShow(box, editing.canvas().navigation().getZoom());
    }

    private void close() {
        if (!typing) {
            return;
        }
        typing = false;
        lastCard = null;
        field.focusedProperty().removeListener(focusLost);
        boolean hadKeyboard = field.isFocused();
        editing.overlay().getChildren().remove(field);
        if (hadKeyboard) {
            // Closed under the person's hands (its stage went, e.g. by undo): the keyboard stays on the
            // map, where Ctrl+Z goes on undoing, rather than moving to whatever text field comes next.
            editing.canvas().requestFocus();
        }
    }
}
