package org.touchmap.render.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The export's own shared strings table against POI's: the same texts come back from the file. */
class DiskSharedStringsTest {
    private static final List<String> AWKWARD_TEXTS = List.of(
            "plain", "", " leading space", "trailing space ", "\ttab first", "line\nbreak", "windows\r\nline",
            "\rreturn first", "<b>&amp;</b> \"quoted\" 'single'", "ёж Ђорђе", "emoji 😀 pair",
            "control\u0001char", "lone \uD800 surrogate", "=1+2", "plain");
    /** Excel and POI read {@code _xHHHH_} in a table as the character it names; POI's own table leaves it so. */
    private static final List<String> LOOKING_ESCAPED = List.of(
            "_x0041_ looks escaped", "a_x000D_b", "_x005F_", "_x12_ too short", "_x00G1_ not hex", "ends _x0041");

    private static byte[] workbook(List<String> texts, boolean ownTable) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiskSharedStrings strings = new DiskSharedStrings()) {
            SXSSFWorkbook workbook = ownTable ? new StreamingWorkbook(strings, 10)
                    : new SXSSFWorkbook(new XSSFWorkbook(), 10, false, true);
            try {
                Sheet sheet = workbook.createSheet("Texts");
                for (int i = 0; i < texts.size(); i++) {
                    sheet.createRow(i).createCell(0).setCellValue(texts.get(i));
                }
                workbook.write(out);
            } finally {
                workbook.dispose();
                workbook.close();
            }
        }
        return out.toByteArray();
    }

    private static List<String> readWithUserModel(byte[] file) throws IOException {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getSheetAt(0)) {
                texts.add(row.getCell(0).getStringCellValue());
            }
        }
        return texts;
    }

    private static ReadOnlySharedStringsTable readTable(byte[] file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            return new ReadOnlySharedStringsTable(pkg, false);
        }
    }

    @Test
    void awkwardTextsReadBackAsFromPoisOwnTable() throws Exception {
        List<String> fromPoi = readWithUserModel(workbook(AWKWARD_TEXTS, false));
        List<String> fromOurs = readWithUserModel(workbook(AWKWARD_TEXTS, true));

        assertEquals(fromPoi, fromOurs);
        assertEquals("\rreturn first", fromOurs.get(AWKWARD_TEXTS.indexOf("\rreturn first")));
        assertEquals(" leading space", fromOurs.get(2));
    }

    @Test
    void textsThatLookLikeTheWorkbooksEscapesComeBackAsWritten() throws Exception {
        byte[] file = workbook(LOOKING_ESCAPED, true);

        assertEquals(LOOKING_ESCAPED, readWithUserModel(file));
        ReadOnlySharedStringsTable table = readTable(file);
        for (int i = 0; i < LOOKING_ESCAPED.size(); i++) {
            assertEquals(LOOKING_ESCAPED.get(i), table.getItemAt(i).getString(), "as the import reads it");
        }
    }

    @Test
    void theImportsReaderSeesTheSameTableAsForPoisOwn() throws Exception {
        ReadOnlySharedStringsTable poi = readTable(workbook(AWKWARD_TEXTS, false));
        ReadOnlySharedStringsTable ours = readTable(workbook(AWKWARD_TEXTS, true));

        assertEquals(poi.getCount(), ours.getCount());
        assertEquals(poi.getUniqueCount(), ours.getUniqueCount());
        for (int i = 0; i < poi.getUniqueCount(); i++) {
            assertEquals(poi.getItemAt(i).getString(), ours.getItemAt(i).getString(), "entry " + i);
        }
    }

    @Test
    void theTableReadsBackWhateverTheDefaultLocaleWritesDigitsWith() throws Exception {
        Locale before = Locale.getDefault();
        byte[] file;
        try {
            Locale.setDefault(Locale.forLanguageTag("fa-IR"));
            file = workbook(AWKWARD_TEXTS, true);
        } finally {
            Locale.setDefault(before);
        }

        assertEquals(readWithUserModel(workbook(AWKWARD_TEXTS, false)), readWithUserModel(file));
    }

    @Test
    void aTextUsedAgainSoonSharesItsEntry() throws Exception {
        try (DiskSharedStrings strings = new DiskSharedStrings()) {
            int first = strings.indexOf("Awareness");
            strings.indexOf("Purchase");

            assertEquals(first, strings.indexOf("Awareness"));
            assertEquals(2, strings.getUniqueCount());
            assertEquals(3, strings.getCount());
        }
    }

    @Test
    void aTextUsedAgainAfterManyOthersGetsAnEntryOfItsOwn() throws Exception {
        try (DiskSharedStrings strings = new DiskSharedStrings()) {
            int first = strings.indexOf("tp-0");
            for (int i = 1; i <= DiskSharedStrings.RECENT_TEXTS; i++) {
                strings.indexOf("tp-" + i);
            }

            int again = strings.indexOf("tp-0");

            assertNotEquals(first, again);
            assertEquals(DiskSharedStrings.RECENT_TEXTS + 2, strings.getUniqueCount());
        }
    }

    @Test
    void theTemporaryFileIsGoneWhenTheTableIsClosed() throws Exception {
        DiskSharedStrings strings = new DiskSharedStrings();
        strings.indexOf("text");
        assertTrue(Files.exists(strings.entriesFile()));

        strings.close();
        strings.close();

        assertFalse(Files.exists(strings.entriesFile()));
    }
}
