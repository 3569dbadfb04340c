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

    /** Words longer than this (a web address) break where they must rather than widen their column. */
    private static final int LONGEST_WORD_CHARS = 30;

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
            int width = Math.max(column.width(), Math.max(choiceWidth(column), longestWordWidth(column)));
            header.add(i, column.header(context.locale()), width, Looks.HEADER);
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

    /**
     * The width of the longest word the cards hold in this column ("Администратор" as an owner), up
     * to {@link #LONGEST_WORD_CHARS}, so a word of the map's own is not broken inside; 0 when every
     * word fits the column's own width. Only words long enough to need it are measured.
     */
    private int longestWordWidth(TouchpointColumn<?> column) {
        int shortestToMeasure = column.width() / 2;
        int widest = 0;
        for (Touchpoint card : context.map().touchpoints()) {
            if (column.cell(context.map(), card, context.locale()) instanceof CellValue.Text text) {
                for (String word : text.text().split("\\s+")) {
                    if (word.length() >= shortestToMeasure && word.length() <= LONGEST_WORD_CHARS) {
                        widest = Math.max(widest, HeaderWords.widthChars(word));
                    }
                }
            }
        }
        return Math.min(widest, LONGEST_WORD_CHARS);
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
