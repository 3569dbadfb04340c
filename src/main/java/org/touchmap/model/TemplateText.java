package org.touchmap.model;

import java.util.Locale;

/** Words of the map templates, from the {@code templates} resource bundle (en, ru, sr). */
final class TemplateText {
    private static final String BUNDLE = "org.touchmap.model.templates";

    private TemplateText() {
    }

    static String get(Locale locale, String key) {
        return Bundles.text(BUNDLE, locale, key);
    }
}
