package org.touchmap.render.workbook;

import java.util.Locale;
import java.util.ResourceBundle;

import org.touchmap.model.Bundles;

/** The workbook's own words (bundle {@code org.touchmap.render.workbook.workbook}): headers of the summary sheets, the legend. */
final class WorkbookText {
    private static final String BUNDLE = "org.touchmap.render.workbook.workbook";

    private final Locale locale;
    private final ResourceBundle bundle;

    WorkbookText(Locale locale) {
        this.locale = locale;
        this.bundle = Bundles.load(BUNDLE, locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        return Bundles.text(bundle, locale, key);
    }

    String format(String key, Object... args) {
        return Bundles.text(bundle, locale, key, args);
    }
}
