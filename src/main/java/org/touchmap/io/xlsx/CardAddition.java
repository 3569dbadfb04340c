package org.touchmap.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.Ids;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * A new card from a row whose id is empty or not on the map. It needs a name and a stage it can
 * find; it keeps the row's id when that is a valid id nobody uses, so a card copied from another
 * map stays recognisable, and gets a fresh one otherwise. Any other empty cell keeps the new
 * card's default, the one its channel gives it where the channel has one, and is never a problem.
 */
final class CardAddition {
    /** The new card, placed, and its summary lines. */
    record Added(Touchpoint card, List<SummaryLine> lines) {
    }

    private static final Set<TouchpointColumn<?>> PLACED_FIRST = Set.of(TouchpointColumns.ID, TouchpointColumns.NAME,
            TouchpointColumns.STAGE, TouchpointColumns.LANE, TouchpointColumns.CHANNEL);

    private final JourneyMap map;
    private final HeaderRow header;
    private final CellSlots slots;
    /** Every id of the map and of the cards and notes added so far: a new card's id is none of them. */
    private final Set<String> idsTaken;

    CardAddition(JourneyMap map, HeaderRow header, CellSlots slots, Set<String> idsTaken) {
        this.map = map;
        this.header = header;
        this.slots = slots;
        this.idsTaken = idsTaken;
    }

    Optional<Added> read(RowCells row, String rowId) {
        ReadContext context = new ReadContext(map, null, header.language());
        HeaderRow.Place idPlace = place(TouchpointColumns.ID).orElseThrow();
        Optional<HeaderRow.Place> stagePlace = place(TouchpointColumns.STAGE);
        if (stagePlace.isEmpty()) {
            row.problem(idPlace, "problem.newCardWithoutStage", List.of());
            return Optional.empty();
        }
        CellReading<String> name = row.read(place(TouchpointColumns.NAME).orElseThrow(), TouchpointColumns.NAME, context);
        CellReading<String> stage = row.read(stagePlace.get(), TouchpointColumns.STAGE, context);
        CellReading<String> lane = place(TouchpointColumns.LANE)
                .map(p -> row.read(p, TouchpointColumns.LANE, context))
                .orElseGet(() -> TouchpointColumns.LANE.read(null, context));
        if (name.isProblem() || stage.isProblem() || lane.isProblem()) {
            return Optional.empty();
        }
        String id = Ids.isValid(rowId) && !idsTaken.contains(rowId) ? rowId : Ids.next("tp", idsTaken);
        idsTaken.add(id);
        Touchpoint card = new Touchpoint(id, name.value(), stage.value(), lane.value());
        place(TouchpointColumns.CHANNEL).ifPresent(p -> {
            CellReading<String> channel = row.read(p, TouchpointColumns.CHANNEL, context);
            if (!channel.isProblem()) {
                card.applyChannelDefaults(ChannelCatalog.resolve(channel.value()));
                card.setChannelId(channel.value());
            }
        });
        for (HeaderRow.Place place : header.places()) {
            if (!PLACED_FIRST.contains(place.column()) && !place.column().isReadOnly() && !row.isBlank(place)) {
                row.readInto(place, place.column(), context, card);
            }
        }
        card.setY(slots.take(card.stageId(), card.laneId()));
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(SummaryLine.of("summary.added", card.name(), map.stage(card.stageId()).name(),
                map.lane(card.laneId()).name()));
        boolean sheetSaysPresence = place(TouchpointColumns.PRESENCE).filter(p -> !row.isBlank(p)).isPresent();
        PresenceFromLane.apply(map, card, sheetSaysPresence).ifPresent(lines::add);
        return Optional.of(new Added(card, lines));
    }

    private Optional<HeaderRow.Place> place(TouchpointColumn<?> column) {
        return header.places().stream().filter(p -> p.column() == column).findFirst();
    }
}
