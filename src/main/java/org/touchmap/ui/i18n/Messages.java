package org.touchmap.ui.i18n;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user interface's strings, from the {@code messages} bundle in English, Russian and Serbian. */
public final class Messages {
    /** Languages the interface is translated into; the first is the fallback. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("sr"));

    private static final String BUNDLE = "org.touchmap.ui.messages";

    private static volatile Locale locale = pick(Locale.getDefault());

    private Messages() {
    }

    /** The supported language closest to {@code wanted}, English when none is. */
    public static Locale pick(Locale wanted) {
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
