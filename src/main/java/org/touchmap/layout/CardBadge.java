package org.touchmap.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.touchmap.model.Control;
import org.touchmap.model.Presence;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointText;

/**
 * The small marks a card carries besides its rating. Icons are Ikonli Material Design 2 literals,
 * which the canvas shows as font icons and the exports draw from the same icon font.
 */
public enum CardBadge {
    /** A capture or conversion point. */
    KEY_POINT("mdi2s-star"),
    /** The touchpoint happens in person, not online. */
    OFFLINE("mdi2m-map-marker-outline"),
    /** Run by others: reviews, word of mouth, third-party sites. */
    UNCONTROLLED("mdi2h-hand-back-left-off-outline"),
    /** At least one metric is measured. */
    METRIC("mdi2c-chart-bar"),
    /** A link or a file is named behind the touchpoint (a {@link TouchpointText.Kind#LINK} field). */
    LINK("mdi2l-link-variant");

    /** The described fields that are links; asked for every card drawn, so worked out once. */
    private static final List<TouchpointText> LINK_FIELDS = Stream.of(TouchpointText.values())
            .filter(field -> field.kind() == TouchpointText.Kind.LINK).toList();

    private final String iconLiteral;

    CardBadge(String iconLiteral) {
        this.iconLiteral = iconLiteral;
    }

    public String iconLiteral() {
        return iconLiteral;
    }

    /** The badges a touchpoint shows, in slot order; never more than {@link CardAnatomy#BADGE_SLOTS}. */
    public static List<CardBadge> of(Touchpoint touchpoint) {
        List<CardBadge> badges = new ArrayList<>();
        if (touchpoint.keyPoint()) {
            badges.add(KEY_POINT);
        }
        if (touchpoint.presence() == Presence.OFFLINE) {
            badges.add(OFFLINE);
        }
        if (touchpoint.control() == Control.UNCONTROLLED) {
            badges.add(UNCONTROLLED);
        }
        if (!touchpoint.metrics().isEmpty()) {
            badges.add(METRIC);
        }
        if (LINK_FIELDS.stream().anyMatch(field -> !touchpoint.text(field).isEmpty())) {
            badges.add(LINK);
        }
        return badges;
    }
}
