package org.touchmap.io.xlsx;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.touchmap.model.JourneyMap;

/** A yes/no value, e.g. the key point mark. An empty cell reads as no. */
final class YesNoType implements ColumnType<Boolean> {
    private static final Set<String> EXTRA_YES = Set.of("true", "1", "x");
    private static final Set<String> EXTRA_NO = Set.of("false", "0");

    static String word(boolean value, Locale locale) {
        return ColumnText.column(locale, value ? "yes" : "no");
    }

    @Override
    public CellValue cell(Boolean value, Locale locale, JourneyMap map) {
        return CellValue.text(word(Boolean.TRUE.equals(value), locale));
    }

    @Override
    public CellReading<Boolean> read(SheetCell cell, ReadContext context) {
        String text = Normalized.of(cell.text());
        if (EXTRA_YES.contains(text) || matches(text, true)) {
            return CellReading.of(true);
        }
        if (EXTRA_NO.contains(text) || matches(text, false)) {
            return CellReading.of(false);
        }
        return CellReading.problem("problem.yesNo", cell.text(),
                word(true, context.language()), word(false, context.language()));
    }

    @Override
    public CellReading<Boolean> readBlank(ReadContext context) {
        return CellReading.of(false);
    }

    @Override
    public ColumnRule rule(Locale locale) {
        return new ColumnRule.Choices(List.of(word(true, locale), word(false, locale)), true);
    }

    private static boolean matches(String normalized, boolean value) {
        return ColumnText.LANGUAGES.stream().anyMatch(l -> Normalized.of(word(value, l)).equals(normalized));
    }
}
