package org.touchmap.ui.structure;

import org.touchmap.ui.i18n.BundleText;

/**
 * The strings of editing a map's structure (chains on the canvas, stages, lanes), from the
 * {@code structure} bundle, in the interface's language.
 */
public final class StructureText {
    static final String BUNDLE = "org.touchmap.ui.structure.structure";

    private StructureText() {
    }

    /** The text for {@code key} with {@code {0}}-style arguments filled in; the key itself when missing. */
    public static String get(String key, Object... args) {
        return BundleText.current(BUNDLE).get(key, args);
    }
}
