package org.touchmap.ui.catalog;

import java.util.Optional;

import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;

import org.touchmap.model.Channel;

/**
 * What a channel dragged from the catalog carries: the channel's id (a String) under the data
 * format {@value #MIME_TYPE}. Whoever accepts the drop (the canvas) reads it with {@link #channelId}.
 */
public final class ChannelDrag {
    public static final String MIME_TYPE = "application/x-touchmap-channel";
    /** The data format of a dragged channel. */
    public static final DataFormat FORMAT = lookupOrCreate(MIME_TYPE);

    private ChannelDrag() {
    }

    /**
     * The data format with this id. A {@link DataFormat} may be created only once per id in a JVM,
     * so another part of the application that made it first is asked before making it here.
     */
    public static DataFormat lookupOrCreate(String id) {
        synchronized (DataFormat.class) {
            DataFormat existing = DataFormat.lookupMimeType(id);
            return existing != null ? existing : new DataFormat(id);
        }
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
