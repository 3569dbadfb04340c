package org.touchmap.ui.i18n;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A share as the interface shows it everywhere, in the analysis table and on the map's badges
 * alike: at most one decimal, none when it is zero ("85 %", "62,5 %" in Russian).
 */
public final class PercentText {
    private PercentText() {
    }

    /** The number of percent of {@code fraction} (0.625 → "62.5"), without the sign. */
    public static String number(Locale locale, double fraction) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        // Halves round up, as in the command line's report, so both show 3.25 as 3.3.
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(fraction * 100);
    }

    /** The share with its sign in the interface language ("85 %"). */
    public static String of(Locale locale, double fraction) {
        return Messages.get("analysis.percent", number(locale, fraction));
    }
}
