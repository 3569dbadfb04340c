package org.touchmap.ui.properties;

import java.util.Locale;

import org.touchmap.ui.i18n.BundleText;
import org.touchmap.ui.i18n.Messages;

/** Strings of the property panel, from the {@code panel} bundle (en, ru, sr). */
final class PanelText extends BundleText {
    private static final String BUNDLE = "org.touchmap.ui.properties.panel";

    PanelText(Locale locale) {
        super(BUNDLE, locale);
    }

    /** The strings in the interface's language. */
    static PanelText current() {
        return new PanelText(Messages.locale());
    }
}
