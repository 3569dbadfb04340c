package org.touchmap.model;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Names and hints of catalog entries, from the {@code catalog} resource bundle (en, ru, sr). */
final class CatalogText {
    private static final String BUNDLE = "org.touchmap.model.catalog";
    /** English lives in the base bundle; never fall back to the machine's default locale instead. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CatalogText() {
    }

    static String get(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
