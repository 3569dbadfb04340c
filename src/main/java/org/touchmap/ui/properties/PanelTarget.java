package org.touchmap.ui.properties;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.touchmap.model.JourneyMap;
import org.touchmap.ui.editor.Selection;
import org.touchmap.ui.editor.Selection.Context;

/**
 * What the panel is about: the selection's context and the ids of the selected elements that
 * exist in the map. A selection whose elements are gone (after an undo, or in another map) falls
 * back to the map itself.
 */
record PanelTarget(Context context, List<String> ids) {
    static final PanelTarget MAP = new PanelTarget(Context.MAP, List.of());

    static PanelTarget of(Selection selection, JourneyMap map) {
        return switch (selection.context().get()) {
            case TOUCHPOINTS -> {
                List<String> cards = selection.touchpoints().stream().filter(map::hasTouchpoint).toList();
                yield cards.isEmpty() ? MAP : new PanelTarget(Context.TOUCHPOINTS, cards);
            }
            case STAGE -> single(Context.STAGE, selection.stage().get(), id -> map.findStage(id).isPresent());
            case LANE -> single(Context.LANE, selection.lane().get(), id -> map.findLane(id).isPresent());
            case CHAIN -> single(Context.CHAIN, selection.chain().get(), id -> map.findChain(id).isPresent());
            case MAP -> MAP;
        };
    }

    private static PanelTarget single(Context context, String id, Predicate<String> exists) {
        return Optional.ofNullable(id).filter(exists).map(found -> new PanelTarget(context, List.of(found)))
                .orElse(MAP);
    }
}
