package org.touchmap.ui.chains;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.touchmap.ui.i18n.Messages;

/** The strings of the chain panel, from the {@code chains} bundle, in the interface's language. */
public final class ChainText {
    static final String BUNDLE = "org.touchmap.ui.chains.chains";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ChainText() {
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
