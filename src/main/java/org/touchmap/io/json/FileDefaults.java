package org.touchmap.io.json;

import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.Control;
import org.touchmap.model.Presence;
import org.touchmap.model.Rating;
import org.touchmap.model.TouchpointCategory;

/**
 * Values a touchpoint has when the file leaves the field out. They are fixed by the format, not
 * taken from the channel catalog, so that a file means the same whatever the catalog says.
 */
final class FileDefaults {
    static final String CHANNEL = ChannelCatalog.OTHER;
    static final Rating RATING = Rating.UNRATED;
    static final Presence PRESENCE = Presence.ONLINE;
    static final TouchpointCategory CATEGORY = TouchpointCategory.CHANNEL_OR_PLACE;
    static final Control CONTROL = Control.CONTROLLED;

    private FileDefaults() {
    }
}
