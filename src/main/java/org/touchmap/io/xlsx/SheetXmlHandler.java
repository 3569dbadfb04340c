package org.touchmap.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the cells of one worksheet's XML ({@code <row>}, {@code <c>}, {@code <v>}, inline
 * {@code <is>}) to a {@link RowSink}, without holding the sheet in memory. A formula's cached
 * result is read like any value; the formula text in {@code <f>} is skipped.
 */
final class SheetXmlHandler extends DefaultHandler {
    /** Thrown from inside the parser to stop it when the sheet has more rows than allowed. */
    static final class TooManyRows extends SAXException {
        TooManyRows(int limit) {
            super("More than " + limit + " rows");
        }
    }

    private final SharedStrings sharedStrings;
    /** Whether the cell style of an index shows numbers as dates. */
    private final IntPredicate dateStyle;
    private final RowSink sink;
    private final int maxRows;
    /** The text of a cell's {@code <v>}. */
    private final StringBuilder value = new StringBuilder();
    /** The text of a cell's inline string, {@code <is>}. */
    private final StringBuilder inline = new StringBuilder();
    private final List<SheetCell> rowCells = new ArrayList<>();
    private int rowNumber;
    private int rowsSeen;
    private int column;
    private String cellType;
    private int cellStyle;
    private boolean inValue;
    private boolean inInlineString;
    private boolean inInlineText;
    private boolean inPhonetic;

    SheetXmlHandler(SharedStrings sharedStrings, IntPredicate dateStyle, RowSink sink, int maxRows) {
        this.sharedStrings = sharedStrings;
        this.dateStyle = dateStyle;
        this.sink = sink;
        this.maxRows = maxRows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes.getValue("r"), attributes.getValue("t"), attributes.getValue("s"));
            case "mergeCell" -> {
                String range = attributes.getValue("ref");
                if (range != null) {
                    sink.merged(range.strip());
                }
            }
            case "v" -> inValue = cellType != null;
            case "is" -> inInlineString = cellType != null;
            case "t" -> inInlineText = inInlineString && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "row" -> endRow();
            case "c" -> endCell();
            case "v" -> inValue = false;
            case "is" -> inInlineString = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            append(value, ch, start, length);
        } else if (inInlineText) {
            append(inline, ch, start, length);
        }
    }

    /** Keeps at most what a cell can hold, so one enormous cell cannot fill the memory. */
    private static void append(StringBuilder text, char[] ch, int start, int length) {
        if (text.length() < CellText.MAX_LENGTH) {
            text.append(ch, start, Math.min(length, CellText.MAX_LENGTH - text.length()));
        }
    }

    private void startRow(String reference) throws SAXException {
        rowNumber = reference == null ? rowNumber + 1 : Integer.parseInt(reference.strip());
        rowsSeen++;
        if (rowsSeen > maxRows) {
            throw new TooManyRows(maxRows);
        }
        column = -1;
        rowCells.clear();
    }

    private void startCell(String reference, String type, String style) {
        column = reference == null ? column + 1 : new CellReference(reference).getCol();
        cellType = type == null ? "n" : type;
        cellStyle = styleIndex(style);
        value.setLength(0);
        inline.setLength(0);
    }

    private void endCell() {
        SheetCell cell = toCell();
        if (cell != null) {
            rowCells.add(cell);
        }
        cellType = null;
    }

    /**
     * The cell's value by its type. An inline string is read from {@code <is>} alone, as Excel
     * does, even when a {@code <v>} sits next to it (POI leaves one there when it edits such a cell).
     */
    private SheetCell toCell() {
        String content = value.toString();
        return switch (cellType) {
            case "s" -> content.isBlank() ? null
                    : new SheetCell(column, SheetCell.Kind.TEXT, sharedString(content.strip()));
            case "inlineStr" -> new SheetCell(column, SheetCell.Kind.TEXT, inline.toString());
            case "str", "d" -> new SheetCell(column, SheetCell.Kind.TEXT, content);
            case "b" -> new SheetCell(column, SheetCell.Kind.BOOLEAN, content.strip());
            case "e" -> new SheetCell(column, SheetCell.Kind.ERROR, content.strip());
            default -> content.isBlank() ? null : new SheetCell(column,
                    dateStyle.test(cellStyle) ? SheetCell.Kind.DATE : SheetCell.Kind.NUMBER, content.strip());
        };
    }

    /** The style index of a cell, 0 (the default style) when it has none or a bad one. */
    private static int styleIndex(String style) {
        if (style == null) {
            return 0;
        }
        try {
            return Integer.parseInt(style.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String sharedString(String index) {
        String value = sharedStrings.getItemAt(Integer.parseInt(index)).getString();
        return value == null ? "" : value;
    }

    private void endRow() {
        if (!rowCells.isEmpty()) {
            sink.row(rowNumber, List.copyOf(rowCells));
        }
        rowCells.clear();
    }
}
