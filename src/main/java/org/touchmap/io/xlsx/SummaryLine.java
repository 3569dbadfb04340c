package org.touchmap.io.xlsx;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One line of the import's summary, kept as a message key and arguments so it can be shown in
 * any language. An argument is text, a number, or a {@link Localized} value such as a rating word.
 */
record SummaryLine(String key, List<Object> args) {

    /** A value whose words depend on the language it is shown in. */
    record Localized(Function<Locale, String> text) {
    }

    static SummaryLine of(String key, Object... args) {
        return new SummaryLine(key, List.of(args));
    }

    String text(Locale locale) {
        Object[] resolved = args.stream().map(arg -> arg instanceof Localized l ? l.text().apply(locale) : arg)
                .map(arg -> arg instanceof String s ? MessageValues.quote(s) : arg)
                .toArray();
        return ColumnText.message(locale, key, resolved);
    }
}
