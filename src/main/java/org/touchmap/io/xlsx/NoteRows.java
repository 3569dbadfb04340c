package org.touchmap.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.touchmap.edit.AddNote;
import org.touchmap.edit.Command;
import org.touchmap.model.Ids;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Note;

/**
 * Reads the rows of the {@code Notes} sheet below its header, one note per row, as
 * {@link CardRows} reads the cards: a row whose id is a note of the map changes that note where
 * its cells differ; a row without an id, or with an id no element has, becomes a new note. A
 * note whose row is gone stays as it is (ADR 0025). Bad cells become problems and are skipped.
 */
final class NoteRows {
    private final JourneyMap map;
    private final NoteHeaderRow header;
    private final NoteHeaderRow.Place idPlace;
    private final NoteChanges noteChanges;
    private final NoteAddition noteAddition;
    private final RowsById rows;
    private final List<Command> commands = new ArrayList<>();
    private final List<Command> additions = new ArrayList<>();
    private final List<SummaryLine> lines = new ArrayList<>();
    private final List<CellProblem> problems;
    private int changedCount;

    NoteRows(JourneyMap map, NoteHeaderRow header, Set<String> idsTaken) {
        this.map = map;
        this.header = header;
        this.idPlace = header.place(NoteColumn.ID).orElseThrow();
        this.noteChanges = new NoteChanges(map);
        this.noteAddition = new NoteAddition(map, idsTaken);
        this.problems = new ArrayList<>(header.problems());
        this.rows = new RowsById(column -> header.at(column).isPresent(), idPlace.index());
    }

    void read(int rowNumber, List<SheetCell> cells) {
        Optional<RowsById.Start> start = rows.start(rowNumber, cells, (id, earlier) -> problems.add(
                NoteRowCells.problem(rowNumber, idPlace, "problem.duplicateId", id, earlier.toString())));
        if (start.isEmpty()) {
            return;
        }
        String id = start.get().id();
        Map<Integer, SheetCell> byColumn = start.get().byColumn();
        Optional<Note> original = id.isEmpty() ? Optional.empty() : map.findNote(id);
        if (original.isEmpty() && !id.isEmpty() && !Ids.isValid(id)) {
            // A new note's row leaves its id empty; text that could never be an id is a mistake.
            problems.add(NoteRowCells.problem(rowNumber, idPlace, "problem.badNoteId", id));
            return;
        }
        NoteRowCells row = new NoteRowCells(rowNumber, header, byColumn, problems);
        if (original.isPresent()) {
            noteChanges.read(row, original.get()).ifPresent(change -> {
                commands.addAll(change.commands());
                lines.addAll(change.lines());
                changedCount++;
            });
        } else {
            noteAddition.read(row, id).ifPresent(added -> {
                additions.add(new AddNote(added.note()));
                lines.add(added.line());
            });
        }
    }

    /** Merged cells lose the values of every row but their first: each merge is a problem, as on the Touchpoints sheet. */
    void merged(String range) {
        RowsById.mergeBelow(range, header.rowNumber()).ifPresent(merge -> problems.add(NoteRowCells.problem(
                merge.rowNumber(), header.at(merge.column()).orElse(idPlace), "problem.mergedCells", range)));
    }

    /** The changes to notes of the map, then the new notes in the sheet's order. */
    List<Command> commands() {
        List<Command> all = new ArrayList<>(commands);
        all.addAll(additions);
        return all;
    }

    List<SummaryLine> lines() {
        return lines;
    }

    List<CellProblem> problems() {
        return problems;
    }

    int changedCount() {
        return changedCount;
    }

    int addedCount() {
        return additions.size();
    }

    /** Notes of the map whose id no row of the sheet holds. */
    long notesNotInSheet() {
        return map.notes().stream().filter(note -> !rows.holds(note.id())).count();
    }
}
