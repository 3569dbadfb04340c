package org.touchmap.render;

import java.util.Locale;
import java.util.ResourceBundle;

import org.touchmap.model.Bundles;
import org.touchmap.layout.BlueprintLine;
import org.touchmap.layout.CardBadge;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Rating;

/** Words a picture shows (legend, emotion strip, poster labels) and export errors, from the {@code render} bundle. */
final class RenderMessages {
    private static final String BUNDLE = "org.touchmap.render.render";

    private final Locale locale;
    private final ResourceBundle bundle;

    RenderMessages(Locale locale) {
        this.locale = locale;
        this.bundle = Bundles.load(BUNDLE, locale);
    }

    String get(String key) {
        return Bundles.text(bundle, locale, key);
    }

    String format(String key, Object... arguments) {
        return Bundles.text(bundle, locale, key, arguments);
    }

    String rating(Rating rating) {
        return get("rating." + rating.name().toLowerCase(Locale.ROOT));
    }

    /** The name of a lane kind, as the glossary has it. */
    String laneKind(LaneKind kind) {
        return kind.displayName(locale);
    }

    Locale locale() {
        return locale;
    }

    /** The label of a line of the service blueprint. */
    String blueprintLine(BlueprintLine line) {
        return line.label(locale);
    }

    String badge(CardBadge badge) {
        return get("badge." + badge.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
