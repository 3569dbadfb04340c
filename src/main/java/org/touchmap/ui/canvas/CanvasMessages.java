package org.touchmap.ui.canvas;

import java.util.Locale;

import org.touchmap.layout.CardBadge;
import org.touchmap.model.Rating;
import org.touchmap.ui.i18n.BundleText;

/** The canvas's user-visible strings, from the {@code canvas} bundle (en, ru, sr). */
final class CanvasMessages extends BundleText {
    private static final String BUNDLE = "org.touchmap.ui.canvas.canvas";

    CanvasMessages(Locale locale) {
        super(BUNDLE, locale);
    }

    String rating(Rating rating) {
        return name("rating", rating);
    }

    String badge(CardBadge badge) {
        return name("badge", badge);
    }
}
