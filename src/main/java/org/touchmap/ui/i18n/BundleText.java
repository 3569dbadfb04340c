package org.touchmap.ui.i18n;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import org.touchmap.model.Bundles;

/**
 * The strings of one resource bundle in one language. Each part of the interface keeps its strings
 * in its own bundle (en in the base file, ru, sr), and reads them through this class.
 */
public class BundleText {

    private final Locale locale;
    private final ResourceBundle bundle;

    /**
     * @param baseName the bundle's name, e.g. {@code org.touchmap.ui.chains.chains}
     * @param locale   the language; with no translation into it, the English base bundle
     */
    public BundleText(String baseName, Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = load(baseName, locale);
    }

    /** The bundle in the interface's language, {@link Messages#locale()}. */
    public static BundleText current(String baseName) {
        return new BundleText(baseName, Messages.locale());
    }

    static ResourceBundle load(String baseName, Locale locale) {
        return Bundles.load(baseName, locale);
    }

    static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
        return Bundles.text(bundle, locale, key, args);
    }

    public final Locale locale() {
        return locale;
    }

    /** The text for {@code key} with {@code {0}}-style arguments filled in; a missing key shows as itself. */
    public final String get(String key, Object... args) {
        return format(bundle, locale, key, args);
    }

    /** The name of an enum value, under {@code prefix.value-name}, e.g. {@code presence.offline}. */
    public final String name(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
