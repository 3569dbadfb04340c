package org.touchmap.ui.catalog;

import java.util.Locale;

import org.touchmap.model.ChannelType;
import org.touchmap.ui.i18n.BundleText;
import org.touchmap.ui.i18n.Messages;

/** Strings of the catalog sidebar, from the {@code sidebar} bundle (en, ru, sr). */
final class CatalogText extends BundleText {
    private static final String BUNDLE = "org.touchmap.ui.catalog.sidebar";

    CatalogText(Locale locale) {
        super(BUNDLE, locale);
    }

    static CatalogText current() {
        return new CatalogText(Messages.locale());
    }

    /** The name of a family of channels, e.g. "Sites and apps". */
    String typeName(ChannelType type) {
        return name("type", type);
    }
}
