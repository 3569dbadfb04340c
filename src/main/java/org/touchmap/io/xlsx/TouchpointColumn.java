package org.touchmap.io.xlsx;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * One column of the {@code Touchpoints} sheet: its header in every language, how a card's value
 * is written into the cell, and how the import reads it back. The export and the import use the
 * same columns, so they cannot disagree about one.
 *
 * @param <V> the type of the card's value in this column
 */
public final class TouchpointColumn<V> {
    private final String key;
    private final ColumnType<V> type;
    private final Function<Touchpoint, V> getter;
    private final BiConsumer<Touchpoint, V> setter;
    private final int width;
    private final String numberFormat;

    TouchpointColumn(String key, ColumnType<V> type, Function<Touchpoint, V> getter, BiConsumer<Touchpoint, V> setter,
                     int width, String numberFormat) {
        this.key = key;
        this.type = type;
        this.getter = getter;
        this.setter = setter;
        this.width = width;
        this.numberFormat = numberFormat;
    }

    /** A stable name of the column, e.g. {@code rating} or {@code metric.nps}; the import accepts it as a header too. */
    public String key() {
        return key;
    }

    public String header(Locale locale) {
        return ColumnText.column(locale, "header." + key);
    }

    /** A good width in characters: text wraps within it, and a header word may widen it. */
    public int width() {
        return width;
    }

    /** Excel number format of the column's numbers, or {@code null} for text columns. */
    public String numberFormat() {
        return numberFormat;
    }

    /** Whether Touchmap computes the column's values, so the import ignores what the cells say. */
    public boolean isReadOnly() {
        return setter == null;
    }

    /** The cell of {@code touchpoint} in this column, in the given language. */
    public CellValue cell(JourneyMap map, Touchpoint touchpoint, Locale locale) {
        return type.cell(getter.apply(touchpoint), locale, map);
    }

    /** What the cells may hold, for drop-down lists and checks. */
    public ColumnRule rule(Locale locale) {
        return type.rule(locale);
    }

    V valueOf(Touchpoint touchpoint) {
        return getter.apply(touchpoint);
    }

    /**
     * Reads a cell of a card's row. A cell that still holds what the export wrote for the card's
     * value reads as that value, even where the file could not hold it exactly (a text cut to fit
     * a cell, a line break, a character XML cannot carry, the 16th digit of a number, an empty
     * name), so an untouched cell is never a change and never a problem.
     */
    CellReading<V> read(SheetCell cell, ReadContext context) {
        if (context.original() != null) {
            V current = getter.apply(context.original());
            if (UntouchedCell.matches(cell, type.cell(current, context.language(), context.map()))) {
                return CellReading.of(current);
            }
        }
        return cell == null || cell.isBlank() ? type.readBlank(context) : type.read(cell, context);
    }

    /** Sets the value on a card that the import is preparing; never on a card of the map itself. */
    void apply(Touchpoint draft, V value) {
        Objects.requireNonNull(setter, key + " is computed, not set").accept(draft, value);
    }

    /** Whether the value in this column differs between two versions of a card. */
    boolean differs(Touchpoint before, Touchpoint after) {
        return !Objects.equals(getter.apply(before), getter.apply(after));
    }

    String display(Touchpoint touchpoint, Locale locale, JourneyMap map) {
        return type.display(getter.apply(touchpoint), locale, map);
    }

    @Override
    public String toString() {
        return "TouchpointColumn[" + key + "]";
    }
}
