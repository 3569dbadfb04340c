package org.touchmap.io.xlsx;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.touchmap.model.Ids;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Note;

/**
 * A new note from a row of the {@code Notes} sheet whose id is empty or no element's: it needs a
 * text, and a stage and a lane found by name as the {@code Touchpoints} sheet finds them, the lane
 * one that holds notes. It keeps the row's id when that is a valid id nobody uses, as a new card
 * does, and gets a fresh one otherwise. A bad owner or supports cell is a problem; the note is
 * still added without it.
 */
final class NoteAddition {
    /** The new note and its summary line. */
    record Added(Note note, SummaryLine line) {
    }

    private final JourneyMap map;
    /** Every id of the map and of the cards and notes added so far: a new note's id is none of them. */
    private final Set<String> idsTaken;

    NoteAddition(JourneyMap map, Set<String> idsTaken) {
        this.map = map;
        this.idsTaken = idsTaken;
    }

    Optional<Added> read(NoteRowCells row, String rowId) {
        Optional<String> stageId = place(row, NoteColumn.STAGE, PlaceNameType.stage(), "problem.newNoteWithoutStage");
        Optional<String> laneId = place(row, NoteColumn.LANE, PlaceNameType.lane(), "problem.newNoteWithoutLane",
                notesLaneNames()).filter(id -> holdsNotes(row, id));
        Optional<String> text = row.text(NoteColumn.TEXT);
        if (text.isPresent() && text.get().isBlank()) {
            row.problem(NoteColumn.TEXT, "problem.noteTextRequired");
            text = Optional.empty();
        }
        if (stageId.isEmpty() || laneId.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        String id = Ids.isValid(rowId) && !idsTaken.contains(rowId) ? rowId : Ids.next("note", idsTaken);
        idsTaken.add(id);
        Note note = new Note(id, text.get(), stageId.get(), laneId.get());
        row.text(NoteColumn.OWNER).ifPresent(owner -> note.setOwner(owner.strip()));
        if (!row.isBlank(NoteColumn.SUPPORTS)) {
            row.supportedTouchpoints(map).ifPresent(note::setSupports);
        }
        return Optional.of(new Added(note, SummaryLine.of("summary.noteAdded", note.name(),
                map.stage(note.stageId()).name(), map.lane(note.laneId()).name())));
    }

    /** The stage or lane a cell names; a problem when the cell is empty, or names none or several. */
    private Optional<String> place(NoteRowCells row, NoteColumn column, PlaceNameType type, String missingKey,
                                   String... missingArgs) {
        if (row.isBlank(column)) {
            row.problem(column, missingKey, missingArgs);
            return Optional.empty();
        }
        if (row.text(column).isEmpty()) {
            return Optional.empty();
        }
        CellReading<String> reading = type.read(row.at(column), new ReadContext(map, null, ColumnText.ENGLISH));
        if (reading.isProblem()) {
            row.problem(column, reading.problemKey(), reading.problemArgs().toArray(String[]::new));
            return Optional.empty();
        }
        return Optional.of(reading.value());
    }

    private boolean holdsNotes(NoteRowCells row, String laneId) {
        Lane lane = map.lane(laneId);
        if (lane.kind().holdsNotes()) {
            return true;
        }
        String notesLanes = notesLaneNames();
        if (notesLanes.isEmpty()) {
            row.problem(NoteColumn.LANE, "problem.mapHasNoNotesLane", lane.name());
        } else {
            row.problem(NoteColumn.LANE, "problem.laneHoldsNoNotes", lane.name(), notesLanes);
        }
        return false;
    }

    /** The names of the map's lanes of notes, for a problem to suggest. */
    private String notesLaneNames() {
        List<Lane> lanes = map.lanes().stream().filter(lane -> lane.kind().holdsNotes()).toList();
        return lanes.stream().map(Lane::name).collect(Collectors.joining(", "));
    }
}
