package org.touchmap.layout;

import org.touchmap.model.Rating;

/** The icon shown next to a card's rating colour, as an Ikonli Material Design 2 literal. */
public final class RatingIcons {
    private RatingIcons() {
    }

    public static String iconLiteral(Rating rating) {
        return switch (rating) {
            case POSITIVE -> "mdi2e-emoticon-happy-outline";
            case NEUTRAL -> "mdi2e-emoticon-neutral-outline";
            case NEGATIVE -> "mdi2e-emoticon-sad-outline";
            case UNRATED -> "mdi2h-help-circle-outline";
        };
    }
}
