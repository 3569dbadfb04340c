package org.touchmap.render.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.touchmap.analysis.VoteTally;
import org.touchmap.io.xlsx.CellValue;
import org.touchmap.io.xlsx.ColumnRule;
import org.touchmap.io.xlsx.TouchpointColumn;
import org.touchmap.io.xlsx.TouchpointColumns;
import org.touchmap.model.Touchpoint;

/**
 * The {@code Touchpoints} sheet: one row per card with every attribute, in the columns the import
 * reads back ({@link TouchpointColumns}). The header row and the id and name columns stay in view,
 * the header has a filter, enumerated columns have drop-down lists, and the rating cell has the
 * rating's colour. Text wraps within its column. Rows stream to disk as they are written, so 20,000 cards need little memory.
 */
final class TouchpointsSheet {
    /** The id and the name: they stay in view on screen and print on the left of every page. */
    private static final int KEY_COLUMNS = 2;

    private final SheetContext context;
    private final Sheet sheet;
    private final ListRanges lists;

    TouchpointsSheet(SheetContext context, Sheet sheet, ListRanges lists) {
        this.context = context;
        this.sheet = sheet;
        this.lists = lists;
    }

    void write() {
        List<TouchpointColumn<?>> columns = TouchpointColumns.all();
        // The dots of a vote come after every column the import reads back; its header is not one
        // of those, so the import passes over the column.
        VoteTally votes = VoteTally.of(context.map());
        int votesColumn = votes.hasVotes() ? columns.size() : -1;
        int[] widths = writeHeader(columns, votesColumn);
        int rowIndex = 1;
        for (Touchpoint card : context.map().touchpoints()) {
            Row row = sheet.createRow(rowIndex++);
            writeCard(row, card, columns);
            if (votesColumn >= 0) {
                context.cells().number(row, votesColumn, votes.dotsOn(card.id()), Looks.number("0"));
            }
            RowHeights.fit(row, widths);
        }
        int lastRow = Math.max(1, rowIndex - 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, Math.max(columns.size() - 1, votesColumn)));
        sheet.createFreezePane(2, 1);
        new DropDowns(context, sheet, lists).addAll(columns, rowIndex - 1);
        PrintLayout.table(sheet, 1, widths, KEY_COLUMNS);
    }

    private int[] writeHeader(List<TouchpointColumn<?>> columns, int votesColumn) {
        HeaderCells header = new HeaderCells(context, sheet);
        for (int i = 0; i < columns.size(); i++) {
            TouchpointColumn<?> column = columns.get(i);
            header.add(i, column.header(context.locale()), Math.max(column.width(), choiceWidth(column)), Looks.HEADER);
        }
        if (votesColumn >= 0) {
            header.add(votesColumn, context.text().get("touchpoints.votes"), 8, Looks.HEADER);
        }
        return header.finish();
    }

    /**
     * For a column of a few words (Controlled, Recurring…), the width of its longest word, so a word
     * is never broken across lines; 0 for any other column.
     */
    private int choiceWidth(TouchpointColumn<?> column) {
        if (column.rule(context.locale()) instanceof ColumnRule.Choices choices) {
            return choices.words().stream().mapToInt(HeaderWords::widthChars).max().orElse(0);
        }
        return 0;
    }

    private void writeCard(Row row, Touchpoint card, List<TouchpointColumn<?>> columns) {
        for (int i = 0; i < columns.size(); i++) {
            TouchpointColumn<?> column = columns.get(i);
            CellValue value = column.cell(context.map(), card, context.locale());
            CellLook textLook = column == TouchpointColumns.RATING ? Looks.rating(card.rating()).asWrapped()
                    : column == TouchpointColumns.ID ? Looks.WRAPPED_MUTED : Looks.WRAPPED;
            CellLook numberLook = Looks.number(column.numberFormat());
            context.cells().value(row, i, value, textLook, numberLook);
        }
    }
}
