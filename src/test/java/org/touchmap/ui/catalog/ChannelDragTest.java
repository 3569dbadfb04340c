package org.touchmap.ui.catalog;

import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

import org.junit.jupiter.api.Test;
import org.touchmap.model.ChannelCatalog;

import static org.junit.jupiter.api.Assertions.*;

class ChannelDragTest {

    @Test
    void theFormatIsMadeOncePerJvmAndFoundByItsId() {
        assertSame(ChannelDrag.FORMAT, DataFormat.lookupMimeType("application/x-touchmap-channel"));
        assertSame(ChannelDrag.FORMAT, ChannelDrag.lookupOrCreate(ChannelDrag.MIME_TYPE),
                "asking again must not try to create a second format with the same id");
    }

    @Test
    void aDraggedChannelCarriesItsIdAsText() {
        ClipboardContent content = ChannelDrag.content(ChannelCatalog.resolve("delivery"));
        assertEquals("delivery", content.get(ChannelDrag.FORMAT));
    }
}
