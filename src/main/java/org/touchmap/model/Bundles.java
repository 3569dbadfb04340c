package org.touchmap.model;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Loads Touchmap's resource bundles. English lives in each base bundle, so a language without a
 * translation gets English, never the machine's default language instead.
 */
public final class Bundles {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    public static ResourceBundle load(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, NO_FALLBACK);
    }

    /** The text under {@code key}, or the key itself when the bundle lacks it, so a gap shows instead of failing. */
    static String textOrKey(String baseName, Locale locale, String key) {
        try {
            return load(baseName, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
