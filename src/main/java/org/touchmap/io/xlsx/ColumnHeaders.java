package org.touchmap.io.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Recognises the columns of the {@code Touchpoints} sheet by their headers, in any language and order. */
final class ColumnHeaders {
    private static final Map<String, TouchpointColumn<?>> BY_HEADER = new HashMap<>();
    private static final Map<String, Locale> LANGUAGE_OF_HEADER = new HashMap<>();

    static {
        for (TouchpointColumn<?> column : TouchpointColumns.all()) {
            register(Normalized.of(column.key()), column);
            for (Locale language : ColumnText.LANGUAGES) {
                String header = Normalized.of(column.header(language));
                register(header, column);
                LANGUAGE_OF_HEADER.putIfAbsent(header, language);
            }
        }
    }

    private ColumnHeaders() {
    }

    private static void register(String header, TouchpointColumn<?> column) {
        TouchpointColumn<?> earlier = BY_HEADER.putIfAbsent(header, column);
        if (earlier != null && earlier != column) {
            throw new IllegalStateException("The header \"" + header + "\" would name both " + earlier + " and " + column);
        }
    }

    static Optional<TouchpointColumn<?>> column(String header) {
        return Optional.ofNullable(BY_HEADER.get(Normalized.of(header)));
    }

    /**
     * The language most of the headers are written in; English when none is told apart, e.g.
     * when every header is a column key or a word all languages share.
     */
    static Locale languageOf(List<String> headers) {
        Map<Locale, Integer> votes = new HashMap<>();
        for (String header : headers) {
            Locale language = LANGUAGE_OF_HEADER.get(Normalized.of(header));
            if (language != null) {
                votes.merge(language, 1, Integer::sum);
            }
        }
        Locale best = ColumnText.ENGLISH;
        for (Locale language : ColumnText.LANGUAGES) {
            if (votes.getOrDefault(language, 0) > votes.getOrDefault(best, 0)) {
                best = language;
            }
        }
        return best;
    }
}
