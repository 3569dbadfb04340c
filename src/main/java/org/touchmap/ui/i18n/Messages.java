package org.touchmap.ui.i18n;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user interface's strings, from the {@code messages} bundle in English, Russian and Serbian. */
public final class Messages {
    /** Languages the interface is translated into; the first is the fallback. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("sr"));

    /**
     * A pseudo-language (English, region XA, as pseudo-localisation tools name it) whose bundles a
     * test writes with every text longer and in other letters, to find texts that are cut. It is
     * not offered to people; without its bundles it reads as English.
     */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

    private static final String BUNDLE = "org.touchmap.ui.messages";

    private static volatile Locale locale = pick(Locale.getDefault());

    private Messages() {
    }

    /** The supported language closest to {@code wanted}, English when none is. */
    public static Locale pick(Locale wanted) {
        if (wanted.equals(PSEUDO)) {
            return PSEUDO;
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale wanted) {
        locale = pick(wanted);
    }

    public static ResourceBundle bundle() {
        return BundleText.load(BUNDLE, locale);
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        return BundleText.format(bundle(), locale, key, args);
    }
}
