package org.touchmap.io.xlsx;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import static org.junit.jupiter.api.Assertions.*;

/** The worksheet XML as Excel, LibreOffice and POI write it, read cell by cell. */
class SheetXmlHandlerTest {
    private record Row(int number, List<SheetCell> cells) {
    }

    /** Style 7 shows numbers as dates in these tests. */
    private static final int DATE_STYLE = 7;

    private static List<Row> read(String sheetData, int maxRows, String... sharedStrings) throws Exception {
        return read(sheetData, "", maxRows, new ArrayList<>(), sharedStrings);
    }

    private static List<Row> read(String sheetData, String afterSheetData, int maxRows, List<String> merges,
                                  String... sharedStrings) throws Exception {
        SharedStringsTable strings = new SharedStringsTable();
        for (String s : sharedStrings) {
            strings.addSharedStringItem(new org.apache.poi.xssf.usermodel.XSSFRichTextString(s));
        }
        List<Row> rows = new ArrayList<>();
        RowSink sink = new RowSink() {
            @Override
            public void row(int number, List<SheetCell> cells) {
                rows.add(new Row(number, cells));
            }

            @Override
            public void merged(String range) {
                merges.add(range);
            }
        };
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new SheetXmlHandler(strings, style -> style == DATE_STYLE, sink, maxRows));
        xml.parse(new InputSource(new StringReader(
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + sheetData + "</sheetData>" + afterSheetData + "</worksheet>")));
        return rows;
    }

    @Test
    void aNumberInADateStyleIsADateAndMergedRangesArePassedOn() throws Exception {
        List<String> merges = new ArrayList<>();
        List<Row> rows = read("<row r=\"2\"><c r=\"B2\" s=\"7\"><v>45000</v></c><c r=\"C2\" s=\"3\"><v>12</v></c></row>",
                "<mergeCells count=\"1\"><mergeCell ref=\"A2:A3\"/></mergeCells>", 10, merges);

        assertEquals(List.of(new SheetCell(1, SheetCell.Kind.DATE, "45000"), new SheetCell(2, SheetCell.Kind.NUMBER, "12")),
                rows.get(0).cells());
        assertEquals("45000", rows.get(0).cells().get(0).text());
        assertEquals(List.of("A2:A3"), merges);
    }

    @Test
    void cellsOfEveryKindAreReadWithTheirColumns() throws Exception {
        List<Row> rows = read("<row r=\"3\">"
                + "<c r=\"A3\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C3\"><v>3.10</v></c>"
                + "<c r=\"D3\" t=\"b\"><v>1</v></c>"
                + "<c r=\"E3\" t=\"e\"><v>#N/A</v></c>"
                + "<c r=\"F3\" t=\"str\"><f>A1&amp;B1</f><v>cached</v></c>"
                + "<c r=\"G3\" t=\"inlineStr\"><is><r><t>rich </t></r><r><t>text</t></r></is></c>"
                + "<c r=\"H3\" s=\"4\"/>"
                + "</row>", 10, "zero", "one");

        assertEquals(1, rows.size());
        assertEquals(3, rows.get(0).number());
        assertEquals(List.of(new SheetCell(0, SheetCell.Kind.TEXT, "one"), new SheetCell(2, SheetCell.Kind.NUMBER, "3.10"),
                new SheetCell(3, SheetCell.Kind.BOOLEAN, "1"), new SheetCell(4, SheetCell.Kind.ERROR, "#N/A"),
                new SheetCell(5, SheetCell.Kind.TEXT, "cached"), new SheetCell(6, SheetCell.Kind.TEXT, "rich text")),
                rows.get(0).cells(), "a formula counts as its cached value; a cell with only a style is no cell");
    }

    @Test
    void anInlineStringIsReadFromItsIsElementEvenWithAValueBesideIt() throws Exception {
        List<Row> rows = read("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><v>ignored by Excel</v>"
                + "<is><t>shown by Excel</t></is></c></row>", 10);

        assertEquals("shown by Excel", rows.get(0).cells().get(0).raw());
    }

    @Test
    void phoneticRunsAreNotPartOfTheText() throws Exception {
        List<Row> rows = read("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>東京</t>"
                + "<rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></is></c></row>", 10);

        assertEquals("東京", rows.get(0).cells().get(0).raw());
    }

    @Test
    void rowsAndCellsWithoutReferencesFollowTheOnesBefore() throws Exception {
        List<Row> rows = read("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
                + "<row><c><v>2</v></c></row>", 10);

        assertEquals(List.of(1, 2), rows.stream().map(Row::number).toList());
        assertEquals(1, rows.get(0).cells().get(1).column());
    }

    @Test
    void emptyRowsAreNotPassedOn() throws Exception {
        assertEquals(List.of(), read("<row r=\"1\"/><row r=\"2\"><c r=\"A2\" s=\"1\"/></row>", 10));
    }

    @Test
    void moreRowsThanAllowedStopTheParser() {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 6; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c></row>");
        }
        assertThrows(SheetXmlHandler.TooManyRows.class, () -> read(rows.toString(), 5));
        // Rows are counted, not their numbers: one row far down the sheet is one row.
        assertEquals(List.of(900_000), assertDoesNotThrow(() -> read("<row r=\"900000\"><c><v>1</v></c></row>", 5))
                .stream().map(Row::number).toList());
    }

    @Test
    void aHugeCellIsCutToWhatACellCanHold() throws Exception {
        String huge = "x".repeat(CellText.MAX_LENGTH + 5_000);
        List<Row> rows = read("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + huge + "</t></is></c></row>", 10);

        assertEquals(CellText.MAX_LENGTH, rows.get(0).cells().get(0).raw().length());
    }
}
