package org.touchmap.ui.canvas;

import java.util.Optional;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.touchmap.layout.LaneRow;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.StageColumn;

/**
 * What a click that did not drag means: a click on an empty cell picks that stage and lane for
 * fast entry; a double-click on a card opens its name for editing; a double-click on an empty
 * cell adds a card there and opens its name. In a lane that holds no cards, a double-click is
 * {@link NoteDialogs}'.
 *
 * <p>A click whose press another gesture took (a selected arrow, the connect tool, a header) is
 * that gesture's: it neither arms fast entry nor adds nor renames a card.
 */
final class CanvasClicks {
    private final CanvasEditing editing;
    private final NoteDialogs notes;
    /** Whether the last press reached the map's own handlers, i.e. no filter above them consumed it. */
    private boolean pressReachedMap;

    CanvasClicks(CanvasEditing editing) {
        this.editing = editing;
        this.notes = new NoteDialogs(editing);
    }

    void install(CanvasContent content) {
        content.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> pressReachedMap = false);
        content.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> pressReachedMap = true);
        content.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    private void clicked(MouseEvent event) {
        boolean ownPress = pressReachedMap;
        pressReachedMap = false;
        MapLayout layout = editing.layout();
        if (!ownPress || event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress() || layout == null
                || event.isShiftDown() || event.isShortcutDown()) {
            return;
        }
        Optional<String> card = editing.cardAt(event.getX(), event.getY());
        if (event.getClickCount() == 2) {
            if (card.isPresent()) {
                editing.rename().start(card.get());
            } else if (!notes.doubleClicked(event.getX(), event.getY())) {
                editing.creation().addCardAndRename(event.getX(), event.getY());
            }
            event.consume();
        } else if (event.getClickCount() == 1 && card.isEmpty()
                // A click on a note is about the note (its menu, a double-click): it selects no stage to delete.
                && layout.notes().stream().noneMatch(note -> note.bounds().contains(event.getX(), event.getY()))) {
            Optional<StageColumn> column = layout.columnAt(event.getX());
            Optional<LaneRow> row = layout.rowAt(event.getY());
            if (column.isPresent() && row.isPresent() && editing.map().findLane(row.get().laneId())
                    .filter(FastEntryCell::takesEntries).isPresent()) {
                editing.fastEntry().armAt(column.get().stageId(), row.get().laneId());
            }
        }
    }
}
