package org.touchmap.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.touchmap.edit.Command;
import org.touchmap.edit.ElementProperty;
import org.touchmap.edit.NoteProperties;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapElement;
import org.touchmap.model.Note;

/**
 * The changes one row of the {@code Notes} sheet makes to a note already on the map: its text,
 * owner and supported touchpoints, each a {@link NoteProperties} change where the cell no longer
 * holds what the export wrote. The note stays where it is: a stage or lane cell naming another
 * place is a problem, because notes are moved on the canvas (ADR 0025).
 */
final class NoteChanges {
    /** What a row changes: the commands, one summary line per changed cell. */
    record Change(List<Command> commands, List<SummaryLine> lines) {
    }

    private final JourneyMap map;

    NoteChanges(JourneyMap map) {
        this.map = map;
    }

    Optional<Change> read(NoteRowCells row, Note original) {
        checkStaysIn(row, NoteColumn.STAGE, map.findStage(original.stageId()), "problem.noteStaysInStage");
        checkStaysIn(row, NoteColumn.LANE, map.findLane(original.laneId()), "problem.noteStaysInLane");
        Note draft = original.copy();
        if (row.has(NoteColumn.TEXT) && !row.holds(NoteColumn.TEXT, original.name())) {
            row.text(NoteColumn.TEXT).ifPresent(text -> {
                if (text.isBlank()) {
                    row.problem(NoteColumn.TEXT, "problem.noteTextRequired");
                } else {
                    draft.setName(text);
                }
            });
        }
        if (row.has(NoteColumn.OWNER) && !row.holds(NoteColumn.OWNER, original.owner())) {
            row.text(NoteColumn.OWNER).ifPresent(owner -> draft.setOwner(owner.strip()));
        }
        if (row.has(NoteColumn.SUPPORTS)
                && !row.holds(NoteColumn.SUPPORTS, NoteColumn.supportsText(original.supports()))) {
            row.supportedTouchpoints(map).ifPresent(draft::setSupports);
        }
        List<Command> commands = new ArrayList<>();
        List<SummaryLine> lines = new ArrayList<>();
        compare(NoteProperties.TEXT, NoteColumn.TEXT, original, draft, commands, lines);
        compare(NoteProperties.OWNER, NoteColumn.OWNER, original, draft, commands, lines);
        compare(NoteProperties.SUPPORTS, NoteColumn.SUPPORTS, original, draft, commands, lines);
        return commands.isEmpty() ? Optional.empty() : Optional.of(new Change(commands, lines));
    }

    /** A stage or lane cell that no longer names the note's own place is a problem, and not used. */
    private static void checkStaysIn(NoteRowCells row, NoteColumn column, Optional<? extends MapElement> place,
                                     String problemKey) {
        if (place.isEmpty() || !row.has(column) || row.holds(column, place.get().name())) {
            return;
        }
        row.text(column).ifPresent(text -> {
            String name = text.strip();
            MapElement own = place.get();
            boolean same = CellText.fit(own.name()).strip().equals(name) || own.name().strip().equalsIgnoreCase(name)
                    || own.id().equals(name);
            if (!same) {
                row.problem(column, problemKey, own.name());
            }
        });
    }

    private <V> void compare(ElementProperty<Note, V> property, NoteColumn column, Note original, Note draft,
                             List<Command> commands, List<SummaryLine> lines) {
        V before = property.get(original);
        V after = property.get(draft);
        if (Objects.equals(before, after)) {
            return;
        }
        commands.add(property.change(original.id(), after));
        String wasText = column.text(map, original, Locale.ROOT);
        String nowText = column.text(map, draft, Locale.ROOT);
        lines.add(SummaryLine.of("summary.noteChanged", original.name(), new SummaryLine.Localized(column::header),
                shown(wasText), shown(nowText)));
    }

    private static SummaryLine.Localized shown(String text) {
        return new SummaryLine.Localized(locale -> text.isEmpty()
                ? ColumnText.message(locale, "summary.empty") : MessageValues.quote(text));
    }
}
