package org.touchmap.ui.present;

import org.touchmap.ui.i18n.BundleText;

/** The strings of presenter mode, from the {@code present} bundle, in the interface's language. */
final class PresentText {
    private static final String BUNDLE = "org.touchmap.ui.present.present";

    private PresentText() {
    }

    static String get(String key, Object... args) {
        return BundleText.current(BUNDLE).get(key, args);
    }
}
