package org.touchmap.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.touchmap.edit.AddTouchpoints;
import org.touchmap.edit.Command;
import org.touchmap.model.Ids;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * Reads the rows below the header, one card per row: a row whose id is on the map changes that
 * card where its cells differ; any other row becomes a new card. Bad cells become problems and
 * are skipped; the rest of their row still counts.
 */
final class CardRows {
    /** Makes the reader of the rows once the header row is known. */
    interface Factory {
        CardRows forHeader(HeaderRow header);
    }

    private final JourneyMap map;
    private final HeaderRow header;
    private final HeaderRow.Place idPlace;
    private final CardChanges cardChanges;
    private final CardAddition cardAddition;
    private final RowsById rows;
    private final List<Command> commands = new ArrayList<>();
    /** The new cards, added in one step after the changes: one look at the map's free space for all. */
    private final List<Touchpoint> added = new ArrayList<>();
    private final List<SummaryLine> lines = new ArrayList<>();
    private final List<CellProblem> problems;
    private int changedCount;
    private int addedCount;

    /** {@code idsTaken}: every id of the map and of the elements added so far, shared with the Notes sheet's reader. */
    CardRows(JourneyMap map, HeaderRow header, Set<String> idsTaken) {
        this.map = map;
        this.header = header;
        this.idPlace = header.places().stream().filter(p -> p.column() == TouchpointColumns.ID).findFirst()
                .orElseThrow();
        CellSlots slots = new CellSlots(map);
        this.cardChanges = new CardChanges(map, header, slots);
        this.cardAddition = new CardAddition(map, header, slots, idsTaken);
        this.problems = new ArrayList<>(header.problems());
        this.rows = new RowsById(column -> header.at(column).isPresent(), idPlace.index());
    }

    void read(int rowNumber, List<SheetCell> cells) {
        Optional<RowsById.Start> start = rows.start(rowNumber, cells, (id, earlier) -> problems.add(
                RowCells.problem(rowNumber, idPlace, "problem.duplicateId", id, earlier.toString())));
        if (start.isEmpty()) {
            return;
        }
        String id = start.get().id();
        Map<Integer, SheetCell> byColumn = start.get().byColumn();
        if (!id.isEmpty() && !map.hasTouchpoint(id) && !Ids.isValid(id)) {
            // A new card's row leaves its id empty; text that could never be an id is a mistake.
            problems.add(RowCells.problem(rowNumber, idPlace, "problem.badId", id));
            return;
        }
        RowCells row = new RowCells(rowNumber, byColumn, problems);
        Optional<Touchpoint> original = id.isEmpty() ? Optional.empty() : map.findTouchpoint(id);
        if (original.isPresent()) {
            cardChanges.read(row, original.get()).ifPresent(change -> {
                commands.addAll(change.commands());
                lines.addAll(change.lines());
                if (!change.commands().isEmpty()) {
                    changedCount++;
                }
            });
        } else {
            cardAddition.read(row, id).ifPresent(addition -> {
                added.add(addition.card());
                lines.addAll(addition.lines());
                addedCount++;
            });
        }
    }

    /**
     * Merged cells among the rows: only the first cell of a merge holds its text, so the rows
     * below it lose their id or values without a word. Each merge is a problem, named by its range.
     */
    void merged(String range) {
        RowsById.mergeBelow(range, header.rowNumber()).ifPresent(merge -> problems.add(RowCells.problem(
                merge.rowNumber(), header.at(merge.column()).orElse(idPlace), "problem.mergedCells", range)));
    }

    /** The changes to cards of the map, then the addition of the new cards. */
    List<Command> commands() {
        if (added.isEmpty()) {
            return commands;
        }
        List<Command> all = new ArrayList<>(commands);
        all.add(new AddTouchpoints(added));
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
        return addedCount;
    }

    /** Cards of the map whose id no row of the sheet holds. */
    long cardsNotInSheet() {
        return map.touchpoints().stream().filter(tp -> !rows.holds(tp.id())).count();
    }
}
