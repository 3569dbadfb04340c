package org.touchmap.ui.canvas;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import org.touchmap.edit.AddNote;
import org.touchmap.edit.NoteProperties;
import org.touchmap.edit.RemoveNote;
import org.touchmap.layout.LaneRow;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.NoteBox;
import org.touchmap.layout.StageColumn;
import org.touchmap.model.Lane;

import java.util.Optional;

/**
 * A double-click in a lane that holds no cards: in a notes lane it adds a note to the cell, or
 * opens the note under the pointer, whose text left empty deletes it; each an undo step. Lanes of
 * the other kinds take no card from a double-click either.
 */
final class NoteDialogs {
    private final CanvasEditing editing;

    NoteDialogs(CanvasEditing editing) {
        this.editing = editing;
    }

    /** Whether the point is in a lane that holds no cards; then the double-click was this class's. */
    boolean doubleClicked(double x, double y) {
        MapLayout layout = editing.layout();
        Optional<LaneRow> row = layout.rowAt(y);
        Optional<StageColumn> column = layout.columnAt(x);
        Optional<Lane> lane = row.flatMap(r -> editing.map().findLane(r.laneId()));
        if (lane.isEmpty() || lane.get().kind().holdsCards()) {
            return false;
        }
        Optional<NoteBox> note = layout.notes().stream().filter(box -> box.bounds().contains(x, y)).findFirst();
        if (note.isPresent()) {
            edit(note.get().noteId());
        } else if (lane.get().kind().holdsNotes() && column.isPresent()) {
            add(column.get().stageId(), lane.get().id());
        }
        return true;
    }

    private void add(String stageId, String laneId) {
        ask("note.new", "note.text", "").filter(text -> !text.isEmpty())
                .ifPresent(text -> editing.execute(AddNote.newNote(editing.map(), text, stageId, laneId)));
    }

    /** Asks for the note's text; an empty text deletes the note. */
    void edit(String noteId) {
        String before = editing.map().findNote(noteId).orElseThrow().name();
        ask("note.edit", "note.hint", before).filter(text -> !text.equals(before)).ifPresent(text -> editing.execute(
                text.isEmpty() ? new RemoveNote(noteId) : NoteProperties.TEXT.change(noteId, text)));
    }

    /** Asks who does the process step. */
    void editOwner(String noteId) {
        String before = editing.map().findNote(noteId).orElseThrow().owner();
        ask("note.owner.header", "note.owner.prompt", before).filter(owner -> !owner.equals(before))
                .ifPresent(owner -> editing.execute(NoteProperties.OWNER.change(noteId, owner)));
    }

    private Optional<String> ask(String headerKey, String promptKey, String text) {
        TextInputDialog dialog = new TextInputDialog(text);
        dialog.initOwner(editing.canvas().getScene().getWindow());
        dialog.setTitle(editing.canvas().messages().get("note.title"));
        dialog.setHeaderText(editing.canvas().messages().get(headerKey));
        dialog.setContentText(editing.canvas().messages().get(promptKey));
        dialog.getEditor().setPrefColumnCount(32);
        // JavaFX words its own buttons only in some languages: these speak the interface's.
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(editing.canvas().messages().get("dialog.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(editing.canvas().messages().get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog.showAndWait().map(String::strip);
    }
}
