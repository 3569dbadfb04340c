package org.touchmap.ui.canvas;

import javafx.scene.input.DataFormat;

/**
 * Clipboard and drag-and-drop formats of the canvas. A {@link DataFormat} may exist only once per
 * application, so every part of Touchmap takes them from here.
 */
public final class CanvasDataFormats {
    /** A channel dragged from the catalog; the content is the channel id as a {@code String}. */
    public static final DataFormat CHANNEL = named("application/x-touchmap-channel");
    /**
     * Copied cards; the content is a {@code String} with the JSON of {@code org.touchmap.io.json.CardsJson},
     * which another running Touchmap reads back through the system clipboard.
     */
    public static final DataFormat CARDS = named("application/x-touchmap-cards");

    private CanvasDataFormats() {
    }

    private static DataFormat named(String mimeType) {
        DataFormat existing = DataFormat.lookupMimeType(mimeType);
        return existing != null ? existing : new DataFormat(mimeType);
    }
}
