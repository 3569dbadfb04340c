package org.touchmap.ui.canvas;

import java.util.Optional;

import org.touchmap.edit.Placement;
import org.touchmap.layout.CellStacking;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.NoteBox;
import org.touchmap.layout.Point;
import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;

/**
 * Where fast entry types to: the cell of the selected stage and the lane kept (or the first that
 * takes cards, else the first that takes notes), and the box the next card or note takes there,
 * below the cell's last one.
 */
final class FastEntryCell {
    private FastEntryCell() {
    }

    /** The cell typed entries go to; empty without a stage or a lane that takes typed entries. */
    static Optional<Placement> of(JourneyMap map, String stageId, String keptLaneId) {
        if (stageId == null || map.findStage(stageId).isEmpty()) {
            return Optional.empty();
        }
        Optional<Lane> lane = Optional.ofNullable(keptLaneId).flatMap(map::findLane).filter(FastEntryCell::takesEntries)
                .or(() -> map.lanes().stream().filter(l -> !l.folded() && l.kind().holdsCards()).findFirst())
                .or(() -> map.lanes().stream().filter(FastEntryCell::takesEntries).findFirst());
        return lane.map(l -> {
            Point slot = l.kind().holdsCards() ? CellStacking.nextSlot(map, stageId, l.id()) : new Point(0, 0);
            return new Placement(stageId, l.id(), slot.x(), slot.y());
        });
    }

    /** Whether typing in the lane adds something: a card, or a note. */
    static boolean takesEntries(Lane lane) {
        return !lane.folded() && (lane.kind().holdsCards() || lane.kind().holdsNotes());
    }

    /** Whether entries typed into the cell become notes rather than cards. */
    static boolean takesNotes(JourneyMap map, Placement cell) {
        return map.findLane(cell.laneId()).map(Lane::kind).filter(LaneKind::holdsNotes).isPresent();
    }

    /** The box of the card or note typed next: the field sits there. */
    static Optional<Rect> fieldBox(JourneyMap map, MapLayout layout, Placement cell) {
        double padding = layout.settings().cellPadding();
        return layout.cell(cell.stageId(), cell.laneId()).map(rect -> {
            if (!takesNotes(map, cell)) {
                return new Rect(rect.x() + padding + cell.x(), rect.y() + padding + cell.y(),
                        layout.settings().cardWidth(), layout.settings().cardHeight());
            }
            double top = layout.notes().stream().map(NoteBox::bounds)
                    .filter(box -> rect.contains(box.x(), box.y()))
                    .mapToDouble(box -> box.maxY() + NoteBox.GAP).max().orElse(rect.y() + padding);
            return new Rect(rect.x() + padding, top, Math.max(1, rect.width() - 2 * padding), NoteBox.LINE_HEIGHT);
        });
    }
}
