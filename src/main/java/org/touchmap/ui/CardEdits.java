package org.touchmap.ui;

import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.editor.Document;

import org.touchmap.edit.AddTouchpoint;
import org.touchmap.edit.Placement;
import org.touchmap.layout.CellStacking;
import org.touchmap.layout.LayoutSettings;
import org.touchmap.layout.Point;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;
import org.touchmap.ui.canvas.MapCanvas;

import java.util.List;

/** The card edits the main window offers from its menu and toolbar, each one undoable step. */
final class CardEdits {
    private CardEdits() {
    }

    /**
     * Adds a card in the cell of the selected card (or the first stage and lane), below the
     * cards already there, and selects it.
     */
    static void addCard(Document document, MapCanvas canvas) {
        JourneyMap map = document.map();
        if (map.stages().isEmpty() || map.lanes().isEmpty()) {
            return;
        }
        Touchpoint anchor = canvas.selectedTouchpointIds().stream().findFirst()
                .flatMap(map::findTouchpoint).orElse(null);
        String stageId = anchor != null ? anchor.stageId() : map.stages().get(0).id();
        String laneId = anchor != null ? anchor.laneId() : map.lanes().get(0).id();
        Point slot = CellStacking.nextSlot(map, stageId, laneId);
        AddTouchpoint add = AddTouchpoint.newCard(map, Messages.get("card.newName"),
                ChannelCatalog.resolve(ChannelCatalog.OTHER), new Placement(stageId, laneId, slot.x(), slot.y()));
        document.commands().execute(add);
        canvas.selection().selectTouchpoints(List.of(add.touchpointId()));
        // On a large map its cell may be far from the part in view; a new card nobody sees is lost.
        canvas.navigation().reveal(add.touchpointId());
    }
}
