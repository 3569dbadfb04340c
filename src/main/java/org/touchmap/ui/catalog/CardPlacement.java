package org.touchmap.ui.catalog;

import java.util.Optional;

import org.touchmap.edit.Placement;
import org.touchmap.model.CardFootprint;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;
import org.touchmap.ui.editor.Selection;

/**
 * Where a card added from the catalog goes: into the selected stage (or the stage of the first
 * selected card, or the first stage), the selected lane (or that card's lane, or the first lane),
 * below the cards already in that cell.
 */
final class CardPlacement {
    private CardPlacement() {
    }

    /** The place for a new card, or empty when the map has no stage or no lane to put it in. */
    static Optional<Placement> forNewCard(JourneyMap map, Selection selection) {
        if (map.stages().isEmpty() || map.lanes().isEmpty()) {
            return Optional.empty();
        }
        Touchpoint anchor = selection.touchpoints().stream().map(map::findTouchpoint)
                .flatMap(Optional::stream).findFirst().orElse(null);
        String stageId = Optional.ofNullable(selection.stage().get()).filter(id -> map.findStage(id).isPresent())
                .orElse(anchor != null ? anchor.stageId() : map.stages().get(0).id());
        String laneId = Optional.ofNullable(selection.lane().get()).filter(id -> map.findLane(id).isPresent())
                .orElse(anchor != null ? anchor.laneId() : map.lanes().get(0).id());
        return Optional.of(new Placement(stageId, laneId, 0, CardFootprint.belowLowest(map, stageId, laneId)));
    }
}
