package org.touchmap.ui.chains;

import org.touchmap.ui.i18n.BundleText;

/** The strings of the chain panel, from the {@code chains} bundle, in the interface's language. */
public final class ChainText {
    static final String BUNDLE = "org.touchmap.ui.chains.chains";

    private ChainText() {
    }

    /** The text for {@code key} with {@code {0}}-style arguments filled in; the key itself when missing. */
    public static String get(String key, Object... args) {
        return BundleText.current(BUNDLE).get(key, args);
    }
}
