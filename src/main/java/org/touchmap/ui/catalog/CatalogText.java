package org.touchmap.ui.catalog;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.touchmap.model.ChannelType;
import org.touchmap.ui.i18n.Messages;

/** Strings of the catalog sidebar, from the {@code sidebar} bundle (en, ru, sr). */
final class CatalogText {
    private static final String BUNDLE = "org.touchmap.ui.catalog.sidebar";
    /** English lives in the base bundle; never fall back to the machine's default locale instead. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    CatalogText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    static CatalogText current() {
        return new CatalogText(Messages.locale());
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The name of a family of channels, e.g. "Sites and apps". */
    String typeName(ChannelType type) {
        return get("type." + type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
