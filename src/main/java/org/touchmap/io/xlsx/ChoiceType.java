package org.touchmap.io.xlsx;

import java.util.List;
import java.util.Locale;

import org.touchmap.model.JourneyMap;

/**
 * One value of an enumeration, written as a word. {@code emptyValue} is what an empty cell
 * means ({@code null} for "not set", {@code UNRATED} for the rating); when a card must have a
 * value, an empty cell is a problem.
 */
final class ChoiceType<E extends Enum<E>> implements ColumnType<E> {
    private final ChoiceWords<E> words;
    private final boolean blankAllowed;
    private final E emptyValue;
    private final String problemKey;

    private ChoiceType(ChoiceWords<E> words, boolean blankAllowed, E emptyValue, String problemKey) {
        this.words = words;
        this.blankAllowed = blankAllowed;
        this.emptyValue = emptyValue;
        this.problemKey = problemKey;
    }

    /** A value every card has; an empty cell of a card on the map is a problem (a new card keeps its default). */
    static <E extends Enum<E>> ChoiceType<E> required(String prefix, Class<E> type) {
        return new ChoiceType<>(new ChoiceWords<>(prefix, type), false, null, "problem.choice");
    }

    /** A value that may be unset; an empty cell unsets it. */
    static <E extends Enum<E>> ChoiceType<E> optional(String prefix, Class<E> type) {
        return new ChoiceType<>(new ChoiceWords<>(prefix, type), true, null, "problem.choiceOrEmpty");
    }

    /** A value whose "not set" has a name of its own, written as an empty cell. */
    static <E extends Enum<E>> ChoiceType<E> emptyMeans(E emptyValue, String prefix, Class<E> type, String problemKey) {
        return new ChoiceType<>(new ChoiceWords<>(prefix, type), true, emptyValue, problemKey);
    }

    String word(E value, Locale locale) {
        return words.word(value, locale);
    }

    @Override
    public CellValue cell(E value, Locale locale, JourneyMap map) {
        return value == null || value == emptyValue ? CellValue.BLANK : CellValue.text(words.word(value, locale));
    }

    @Override
    public CellReading<E> read(SheetCell cell, ReadContext context) {
        return words.parse(cell.text()).<CellReading<E>>map(CellReading::of).orElseGet(() -> CellReading.problem(problemKey,
                cell.text(), String.join(", ", offered(context.language()))));
    }

    @Override
    public CellReading<E> readBlank(ReadContext context) {
        return blankAllowed ? CellReading.of(emptyValue)
                : CellReading.problem("problem.requiredChoice", String.join(", ", offered(context.language())));
    }

    @Override
    public ColumnRule rule(Locale locale) {
        return new ColumnRule.Choices(offered(locale), blankAllowed);
    }

    /** The words a person may type: every value but the one an empty cell stands for. */
    private List<String> offered(Locale locale) {
        return words.words(words.values().stream().filter(v -> v != emptyValue).toList(), locale);
    }
}
