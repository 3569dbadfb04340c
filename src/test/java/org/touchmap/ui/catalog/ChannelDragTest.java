package org.touchmap.ui.catalog;

import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

import org.junit.jupiter.api.Test;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.ui.canvas.CanvasDataFormats;

import static org.junit.jupiter.api.Assertions.*;

class ChannelDragTest {

    @Test
    void theCatalogDragsInTheFormatTheCanvasAccepts() {
        assertSame(CanvasDataFormats.CHANNEL, ChannelDrag.FORMAT);
        assertSame(ChannelDrag.FORMAT, DataFormat.lookupMimeType("application/x-touchmap-channel"));
    }

    @Test
    void aDraggedChannelCarriesItsIdAsText() {
        ClipboardContent content = ChannelDrag.content(ChannelCatalog.resolve("delivery"));
        assertEquals("delivery", content.get(ChannelDrag.FORMAT));
    }
}
