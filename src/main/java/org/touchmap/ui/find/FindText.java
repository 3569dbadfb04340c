package org.touchmap.ui.find;

import org.touchmap.ui.i18n.BundleText;

/** The strings of search and focus, from the {@code find} bundle, in the interface's language. */
final class FindText {
    static final String BUNDLE = "org.touchmap.ui.find.find";

    private FindText() {
    }

    static String get(String key, Object... args) {
        return BundleText.current(BUNDLE).get(key, args);
    }

    /** The interface's language, for words that come from the glossary. */
    static java.util.Locale locale() {
        return BundleText.current(BUNDLE).locale();
    }
}
