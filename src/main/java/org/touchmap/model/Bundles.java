package org.touchmap.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Loads Touchmap's resource bundles and reads their texts, one way for every layer. English lives
 * in each base bundle, so a language without a translation gets English, never the machine's
 * default language instead. A value with a {@code {0}}-style argument is a {@link MessageFormat}
 * pattern, its quote written twice ({@code ''}); any other value is plain text, shown as written
 * ({@code BundlePatternsTest} holds every bundle to that). A missing key shows as itself, so a gap
 * is visible instead of failing; {@code BundleCompletenessTest} keeps gaps from shipping.
 */
public final class Bundles {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    public static ResourceBundle load(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, NO_FALLBACK);
    }

    /** The text under {@code key} in {@code baseName} with {@code args} filled in. */
    public static String text(String baseName, Locale locale, String key, Object... args) {
        return text(load(baseName, locale), locale, key, args);
    }

    /** The text under {@code key} in a bundle already loaded, with {@code args} filled in. */
    public static String text(ResourceBundle bundle, Locale locale, String key, Object... args) {
        String value;
        try {
            value = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return value.indexOf('{') < 0 ? value : new MessageFormat(value, locale).format(args);
    }
}
