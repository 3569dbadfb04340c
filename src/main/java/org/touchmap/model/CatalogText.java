package org.touchmap.model;

import java.util.Locale;
import java.util.MissingResourceException;

/** Names and hints of catalog entries, from the {@code catalog} resource bundle (en, ru, sr). */
final class CatalogText {
    private static final String BUNDLE = "org.touchmap.model.catalog";

    private CatalogText() {
    }

    static String get(Locale locale, String key) {
        try {
            return Bundles.load(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
