package org.touchmap.io.xlsx;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words for the values of one enumeration, e.g. the ratings: written in the workbook's
 * language, read back in any language or as the value's own name ({@code channelOrPlace},
 * {@code CHANNEL_OR_PLACE}).
 */
final class ChoiceWords<E extends Enum<E>> {
    private final String prefix;
    private final Class<E> type;
    private final Map<String, E> byNormalizedWord = new HashMap<>();

    ChoiceWords(String prefix, Class<E> type) {
        this.prefix = prefix;
        this.type = type;
        for (E value : type.getEnumConstants()) {
            register(Normalized.of(value.name()), value);
            for (Locale language : ColumnText.LANGUAGES) {
                register(Normalized.of(word(value, language)), value);
                ColumnText.formerWords(language, key(value)).forEach(former -> register(Normalized.of(former), value));
            }
        }
    }

    /** A word two values share in any languages would make the import guess; the bundles must not allow it. */
    private void register(String word, E value) {
        E earlier = byNormalizedWord.putIfAbsent(word, value);
        if (earlier != null && earlier != value) {
            throw new IllegalStateException("\"" + word + "\" would mean both " + earlier + " and " + value);
        }
    }

    String word(E value, Locale locale) {
        return ColumnText.column(locale, key(value));
    }

    private String key(E value) {
        return prefix + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The words of {@code values} in the given language, in that order. */
    List<String> words(List<E> values, Locale locale) {
        return values.stream().map(v -> word(v, locale)).toList();
    }

    List<E> values() {
        return Arrays.asList(type.getEnumConstants());
    }

    Optional<E> parse(String text) {
        return Optional.ofNullable(byNormalizedWord.get(Normalized.of(text)));
    }
}
