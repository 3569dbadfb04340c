package org.touchmap.io.xlsx;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A cell the import could not use. The rest of the row, and of the sheet, is still read.
 *
 * @param sheet      the sheet's name
 * @param row        the row's number as the spreadsheet shows it, from 1
 * @param column     the column's letters, e.g. {@code H}
 * @param header     the column's header as the sheet spells it
 * @param messageKey key of what is wrong in the {@code org.touchmap.io.xlsx.import} bundle
 * @param args       the message's arguments, already text
 */
public record CellProblem(String sheet, int row, String column, String header, String messageKey, List<String> args) {

    public CellProblem {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    /** Where the cell is, as a spreadsheet names it: {@code Touchpoints!H7}. */
    public String cellReference() {
        return sheet + "!" + column + row;
    }

    /** {@code Touchpoints!H7 (Rating): "great" is not a rating; use Positive, Neutral, Negative or leave it empty}. */
    public String message(Locale locale) {
        Object[] quoted = args.stream().map(MessageValues::quote).toArray();
        return ColumnText.message(locale, "problem.where", cellReference(), MessageValues.quote(header))
                + ": " + ColumnText.message(locale, messageKey, quoted);
    }
}
