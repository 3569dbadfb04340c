package org.touchmap.render.workbook;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The workbook's own words (bundle {@code org.touchmap.render.workbook.workbook}): headers of the summary sheets, the legend. */
final class WorkbookText {
    private static final String BUNDLE = "org.touchmap.render.workbook.workbook";
    /** English lives in the base bundle; never fall back to the machine's default locale instead. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    WorkbookText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
