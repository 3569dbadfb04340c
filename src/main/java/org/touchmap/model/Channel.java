package org.touchmap.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An entry of the channel catalog: where or how the customer meets the company.
 *
 * @param id               stable id used in files, e.g. {@code web-page}
 * @param iconLiteral      Ikonli Material Design 2 icon literal, e.g. {@code mdi2w-web}
 * @param defaultPresence  whether a new touchpoint of this channel is online or offline
 * @param defaultCategory  category a new touchpoint of this channel gets
 * @param defaultControl   whether the company runs the channel itself
 * @param type             the family of channels; decides the evaluation criteria
 */
public record Channel(String id, String iconLiteral, Presence defaultPresence,
                      TouchpointCategory defaultCategory, Control defaultControl, ChannelType type) {

    public Channel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(iconLiteral, "iconLiteral");
        Objects.requireNonNull(defaultPresence, "defaultPresence");
        Objects.requireNonNull(defaultCategory, "defaultCategory");
        Objects.requireNonNull(defaultControl, "defaultControl");
        Objects.requireNonNull(type, "type");
    }

    public String displayName(Locale locale) {
        return CatalogText.get(locale, "channel." + id);
    }

    public List<Criterion> criteria() {
        return type.criteria();
    }
}
