package org.touchmap.io.xlsx;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.ResourceBundle;

import org.touchmap.model.Bundles;

/**
 * The texts of the workbook's columns and values (bundle {@code org.touchmap.io.xlsx.columns}) and
 * of the import's messages (bundle {@code org.touchmap.io.xlsx.import}), in every language Touchmap
 * speaks. The import accepts the words of all of them, whatever language the workbook was written in.
 */
final class ColumnText {
    static final Locale ENGLISH = Locale.ROOT;
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final Locale SERBIAN = Locale.forLanguageTag("sr");
    /** English first: it is the base bundle and the language of last resort. */
    static final List<Locale> LANGUAGES = List.of(ENGLISH, RUSSIAN, SERBIAN);

    private static final String COLUMNS = "org.touchmap.io.xlsx.columns";
    private static final String IMPORT = "org.touchmap.io.xlsx.import";

    private ColumnText() {
    }

    /** The column bundles by language: a workbook looks up a word for almost every cell it writes. */
    private static final Map<Locale, ResourceBundle> COLUMN_BUNDLES = new ConcurrentHashMap<>();

    /** A header or value word; a key missing from a translation shows in English. */
    static String column(Locale locale, String key) {
        return Bundles.text(COLUMN_BUNDLES.computeIfAbsent(locale, l -> Bundles.load(COLUMNS, l)), locale, key);
    }

    /**
     * Words read back as the value of {@code key} besides the one written now: the words of earlier
     * releases ({@code KEY.former}, separated by {@code |}), so a workbook written before a word
     * changed still reads.
     */
    static List<String> formerWords(Locale locale, String key) {
        ResourceBundle bundle = COLUMN_BUNDLES.computeIfAbsent(locale, l -> Bundles.load(COLUMNS, l));
        String former = key + ".former";
        return bundle.containsKey(former) ? List.of(bundle.getString(former).split("\\|")) : List.of();
    }

    /** A message of the import, a {@link MessageFormat} pattern filled with {@code args}. */
    static String message(Locale locale, String key, Object... args) {
        return Bundles.text(IMPORT, locale, key, args);
    }
}
