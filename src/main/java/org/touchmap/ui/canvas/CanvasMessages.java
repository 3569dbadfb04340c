package org.touchmap.ui.canvas;

import java.util.Locale;
import java.util.ResourceBundle;

import org.touchmap.layout.CardBadge;
import org.touchmap.model.Rating;

/** The canvas's user-visible strings, from the {@code canvas} bundle (en, ru, sr). */
final class CanvasMessages {
    private static final String BUNDLE = "org.touchmap.ui.canvas.canvas";
    /** English lives in the base bundle; never fall back to the machine's default locale instead. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    CanvasMessages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String rating(Rating rating) {
        return get("rating." + rating.name().toLowerCase(Locale.ROOT));
    }

    String badge(CardBadge badge) {
        return get("badge." + badge.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
