package org.touchmap.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.touchmap.edit.Command;
import org.touchmap.edit.ElementProperty;
import org.touchmap.edit.MoveTouchpoints;
import org.touchmap.edit.Placement;
import org.touchmap.edit.TouchpointProperties;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.LanePresence;
import org.touchmap.model.Touchpoint;

/**
 * The changes one row makes to a card already on the map. The row's values are set on a copy of
 * the card; every property that then differs becomes one undoable change, and a new stage or lane
 * one move, so several metrics in one row are one change of the metrics, never two that clash.
 * In the Online/Offline pair of lanes the lane decides online or offline ({@link LanePresence}), as
 * everywhere else: a presence cell that says otherwise is not used, and the summary says why
 * ({@link PresenceFromLane}).
 */
final class CardChanges {
    /**
     * What a row changes: the commands and one summary line per changed cell, and a note when the
     * lane overrode the presence cell; a row that only asks for what the lane overrides has no commands.
     */
    record Change(List<Command> commands, List<SummaryLine> lines) {
    }

    private final JourneyMap map;
    private final HeaderRow header;
    private final CellSlots slots;

    CardChanges(JourneyMap map, HeaderRow header, CellSlots slots) {
        this.map = map;
        this.header = header;
        this.slots = slots;
    }

    Optional<Change> read(RowCells row, Touchpoint original) {
        Touchpoint draft = original.copy();
        ReadContext context = new ReadContext(map, original, header.language());
        for (HeaderRow.Place place : header.places()) {
            if (place.column() != TouchpointColumns.ID && !place.column().isReadOnly()) {
                row.readInto(place, place.column(), context, draft);
            }
        }
        Optional<SummaryLine> laneNote = editsPlace(original, draft)
                ? PresenceFromLane.apply(map, draft, hasPresenceColumn()) : Optional.empty();
        List<Command> commands = commands(original, draft);
        List<SummaryLine> lines = lines(original, draft);
        laneNote.ifPresent(lines::add);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Change(commands, lines));
    }

    private boolean hasPresenceColumn() {
        return header.places().stream().anyMatch(p -> p.column() == TouchpointColumns.PRESENCE);
    }

    /** Whether the row edits where the card is: its presence or its lane; a row that does neither leaves both. */
    private static boolean editsPlace(Touchpoint original, Touchpoint draft) {
        return original.presence() != draft.presence() || !original.laneId().equals(draft.laneId());
    }

    private List<Command> commands(Touchpoint original, Touchpoint draft) {
        List<Command> commands = new ArrayList<>();
        for (ElementProperty<Touchpoint, ?> property : TouchpointProperties.all()) {
            if (!Objects.equals(property.get(original), property.get(draft))) {
                commands.add(changeTo(property, original.id(), draft));
            }
        }
        if (!original.stageId().equals(draft.stageId()) || !original.laneId().equals(draft.laneId())) {
            double y = slots.take(draft.stageId(), draft.laneId());
            commands.add(MoveTouchpoints.of(original.id(), new Placement(draft.stageId(), draft.laneId(), 0, y)));
        }
        return commands;
    }

    private static <V> Command changeTo(ElementProperty<Touchpoint, V> property, String id, Touchpoint draft) {
        return property.change(id, property.get(draft));
    }

    private List<SummaryLine> lines(Touchpoint original, Touchpoint draft) {
        List<SummaryLine> lines = new ArrayList<>();
        for (HeaderRow.Place place : header.places()) {
            TouchpointColumn<?> column = place.column();
            if (column.differs(original, draft)) {
                lines.add(SummaryLine.of("summary.changed", original.name(),
                        new SummaryLine.Localized(column::header),
                        shown(column, original), shown(column, draft)));
            }
        }
        return lines;
    }

    private SummaryLine.Localized shown(TouchpointColumn<?> column, Touchpoint card) {
        Touchpoint snapshot = card.copy();
        return new SummaryLine.Localized(locale -> displayOrEmpty(column, snapshot, locale));
    }

    private String displayOrEmpty(TouchpointColumn<?> column, Touchpoint card, Locale locale) {
        String text = column.display(card, locale, map);
        return text.isEmpty() ? ColumnText.message(locale, "summary.empty") : MessageValues.quote(text);
    }
}
