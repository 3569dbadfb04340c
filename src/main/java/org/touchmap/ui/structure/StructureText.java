package org.touchmap.ui.structure;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.touchmap.ui.i18n.Messages;

/**
 * The strings of editing a map's structure (chains on the canvas, stages, lanes), from the
 * {@code structure} bundle, in the interface's language.
 */
public final class StructureText {
    static final String BUNDLE = "org.touchmap.ui.structure.structure";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private StructureText() {
    }

    /** The text for {@code key} with {@code {0}}-style arguments filled in; the key itself when missing. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Messages.locale(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Messages.locale()).format(args);
    }
}
