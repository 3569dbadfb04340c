package org.touchmap.io.xlsx;

import java.util.List;

/** What a cell of a column may hold, for the drop-down lists and checks the workbook puts on its cells. */
public sealed interface ColumnRule {
    /** Any text. */
    ColumnRule FREE = new Free();

    record Free() implements ColumnRule {
    }

    /** One of a few words, in the workbook's language; {@code blankAllowed} when an empty cell is a value too. */
    record Choices(List<String> words, boolean blankAllowed) implements ColumnRule {
        public Choices {
            words = List.copyOf(words);
        }
    }

    /**
     * One of the names in a range of the workbook; {@code strict} is false where other text is
     * accepted too (a channel of one's own), so the list only suggests.
     */
    record Names(ListSource source, boolean strict) implements ColumnRule {
    }

    /** A whole number from {@code min} to {@code max}, or empty. */
    record WholeNumbers(int min, int max) implements ColumnRule {
    }

    /** A number from {@code min} to {@code max}, or empty; {@code max} may be {@link Double#MAX_VALUE}. */
    record Decimals(double min, double max) implements ColumnRule {
    }
}
