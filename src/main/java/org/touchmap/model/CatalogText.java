package org.touchmap.model;

import java.util.Locale;

/** Names and hints of catalog entries, from the {@code catalog} resource bundle (en, ru, sr). */
final class CatalogText {
    private static final String BUNDLE = "org.touchmap.model.catalog";

    private CatalogText() {
    }

    static String get(Locale locale, String key) {
        return Bundles.text(BUNDLE, locale, key);
    }
}
