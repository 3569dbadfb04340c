package org.touchmap.ui.canvas;

import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Accepts a channel dragged from the catalog (format {@link CanvasDataFormats#CHANNEL}) and adds a
 * card of that channel, with the channel's defaults, in the cell under the drop point.
 */
final class ChannelDrop {
    private final CanvasEditing editing;

    ChannelDrop(CanvasEditing editing) {
        this.editing = editing;
    }

    void install(CanvasContent content) {
        content.addEventHandler(DragEvent.DRAG_OVER, this::over);
        content.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    private void over(DragEvent event) {
        if (channelId(event.getDragboard()) != null && editing.layout() != null
                && editing.layout().columnAt(event.getX()).isPresent()
                && editing.layout().rowAt(event.getY()).isPresent()) {
            event.acceptTransferModes(TransferMode.COPY);
            event.consume();
        }
    }

    private void dropped(DragEvent event) {
        String channelId = channelId(event.getDragboard());
        if (channelId == null) {
            return;
        }
        boolean added = editing.creation().addChannelCard(channelId, event.getX(), event.getY());
        if (added) {
            editing.canvas().requestFocus();
        }
        event.setDropCompleted(added);
        event.consume();
    }

    private static String channelId(Dragboard dragboard) {
        return dragboard.getContent(CanvasDataFormats.CHANNEL) instanceof String id && !id.isBlank() ? id : null;
    }
}
