package org.touchmap.ui.properties;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.touchmap.ui.i18n.Messages;

/** Strings of the property panel, from the {@code panel} bundle (en, ru, sr). */
final class PanelText {
    private static final String BUNDLE = "org.touchmap.ui.properties.panel";
    /** English lives in the base bundle; never fall back to the machine's default locale instead. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    PanelText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    /** The strings in the interface's language. */
    static PanelText current() {
        return new PanelText(Messages.locale());
    }

    Locale locale() {
        return locale;
    }

    /** The text for {@code key} with {@code {0}}-style arguments filled in; a missing key shows as itself. */
    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The name of an enum value, under {@code prefix.value-name}, e.g. {@code presence.offline}. */
    String name(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
