package org.touchmap.ui.canvas;

import java.util.List;
import java.util.Optional;

import org.touchmap.edit.AddTouchpoint;
import org.touchmap.edit.Placement;
import org.touchmap.layout.DropTarget;
import org.touchmap.layout.MapLayout;
import org.touchmap.model.Channel;
import org.touchmap.model.ChannelCatalog;

/**
 * Adding cards on the canvas at a point of the map: a double-click or the context menu adds a card and
 * opens its name for typing, a channel dropped from the catalog adds a card of that channel. The new
 * card is centred on the point in the cell under it, and selected.
 */
public final class CardCreation {
    private final CanvasEditing editing;

    CardCreation(CanvasEditing editing) {
        this.editing = editing;
    }

    /** Adds a card named "New touchpoint" centred on a map point and opens its name for typing. */
    public void addCardAndRename(double mapX, double mapY) {
        targetAt(mapX, mapY).ifPresent(target -> {
            String id = addCard(editing.canvas().messages().get("card.newName"),
                    ChannelCatalog.resolve(ChannelCatalog.OTHER), target);
            editing.rename().start(id);
        });
    }

    /** Adds a card of the catalog channel {@code channelId} centred on a map point; false when the point is off the grid. */
    boolean addChannelCard(String channelId, double mapX, double mapY) {
        Optional<DropTarget> target = targetAt(mapX, mapY);
        if (target.isEmpty()) {
            return false;
        }
        Channel channel = ChannelCatalog.resolve(channelId);
        addCard(channel.displayName(editing.canvas().locale()), channel, target.get());
        return true;
    }

    /** Adds a new card of a channel at a place and selects it; returns its id. */
    private String addCard(String name, Channel channel, DropTarget target) {
        AddTouchpoint add = AddTouchpoint.newCard(editing.map(), name, channel,
                new Placement(target.stageId(), target.laneId(), target.x(), target.y()));
        editing.execute(add);
        editing.selection().selectTouchpoints(List.of(add.touchpointId()));
        return add.touchpointId();
    }

    /** The place for a card centred on a map point; empty before a map is shown or off the grid. */
    private Optional<DropTarget> targetAt(double mapX, double mapY) {
        MapLayout layout = editing.layout();
        return layout == null ? Optional.empty() : DropTarget.centredAt(layout, mapX, mapY, editing.snap());
    }
}
