package org.touchmap.edit;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.touchmap.model.Bundles;

/**
 * The name of a command as the Edit menu shows it, kept as a bundle key and arguments so the
 * menu can be shown in any language, also after the person switches the language.
 *
 * @param key  key in the {@code org/touchmap/edit/commands*.properties} bundles
 * @param args values for the {@link MessageFormat} pattern, usually element names or counts
 */
public record Description(String key, List<Object> args) {
    static final String BUNDLE = "org.touchmap.edit.commands";

    public Description {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A description needs a key");
        }
        args = List.copyOf(args);
    }

    public static Description of(String key, Object... args) {
        return new Description(key, Arrays.asList(args));
    }

    /**
     * The text in the given language. A key missing from the bundles shows as the key itself,
     * so a forgotten translation never breaks the Edit menu.
     */
    public String text(Locale locale) {
        return Bundles.text(bundle(locale), locale, key, args.toArray());
    }

    static ResourceBundle bundle(Locale locale) {
        return Bundles.load(BUNDLE, locale);
    }
}
