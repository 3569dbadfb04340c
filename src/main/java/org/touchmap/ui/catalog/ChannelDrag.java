package org.touchmap.ui.catalog;

import java.util.Optional;

import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;

import org.touchmap.model.Channel;
import org.touchmap.ui.canvas.CanvasDataFormats;

/**
 * What a channel dragged from the catalog carries: the channel's id (a String) under the data
 * format {@link CanvasDataFormats#CHANNEL}. Whoever accepts the drop (the canvas) reads it with {@link #channelId}.
 */
public final class ChannelDrag {
    /** The data format of a dragged channel, the one the canvas accepts on a drop. */
    public static final DataFormat FORMAT = CanvasDataFormats.CHANNEL;

    private ChannelDrag() {
    }

    /** The content of a drag that starts on {@code channel}. */
    public static ClipboardContent content(Channel channel) {
        ClipboardContent content = new ClipboardContent();
        content.put(FORMAT, channel.id());
        return content;
    }

    /** The id of the channel a drag carries, if it carries one. */
    public static Optional<String> channelId(Dragboard dragboard) {
        return dragboard.hasContent(FORMAT) && dragboard.getContent(FORMAT) instanceof String id
                ? Optional.of(id) : Optional.empty();
    }
}
