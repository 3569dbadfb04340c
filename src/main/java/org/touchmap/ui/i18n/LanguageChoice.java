package org.touchmap.ui.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The interface language the person chose in View → Language, kept in the user's preferences
 * and applied at the next start (the open window keeps its language).
 */
public final class LanguageChoice {
    private static final String KEY = "language";

    private final Preferences preferences;

    public LanguageChoice(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The choice kept under the user node {@code org/touchmap}. */
    public static LanguageChoice forUser() {
        return new LanguageChoice(Preferences.userRoot().node("org/touchmap"));
    }

    /** The chosen language, if the person chose one the interface speaks. */
    public Optional<Locale> stored() {
        String tag = preferences.get(KEY, null);
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale wanted = Locale.forLanguageTag(tag);
        return Messages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst();
    }

    public void store(Locale locale) {
        preferences.put(KEY, Messages.pick(locale).toLanguageTag());
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Kept in memory for this run at least; the language is a convenience, not the person's work.
        }
    }

    /** A language's name in that language, as a language menu lists it: "English", "Русский", "Српски". */
    public static String nativeName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.toLanguageTag() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
