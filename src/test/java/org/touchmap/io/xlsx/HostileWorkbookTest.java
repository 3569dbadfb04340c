package org.touchmap.io.xlsx;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.io.MapFileException;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.io.xlsx.TestSheets.row;

/** Files that are not, or not only, a workbook: each is refused with one clear message and nothing leaks. */
class HostileWorkbookTest {
    private static final String SECRET = "TOP-SECRET-7f3a";

    @TempDir
    Path folder;

    private final JourneyMap map = MedicalClinicMap.build();

    private MapFileException refused(Path file) {
        return assertThrows(MapFileException.class, () -> WorkbookImport.read(map, file));
    }

    private Path plainWorkbook() throws Exception {
        return TestSheets.touchpoints(folder.resolve("plain.xlsx"),
                List.of(row("Id", "Name"), row("tp-ad", "Renamed")));
    }

    private static String sheetXml(String doctype, String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + doctype
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + rows + "</sheetData></worksheet>";
    }

    private static String inlineRow(int row, String... texts) {
        StringBuilder xml = new StringBuilder("<row r=\"" + row + "\">");
        for (int i = 0; i < texts.length; i++) {
            xml.append("<c r=\"").append((char) ('A' + i)).append(row).append("\" t=\"inlineStr\"><is><t>")
                    .append(texts[i]).append("</t></is></c>");
        }
        return xml.append("</row>").toString();
    }

    @Test
    void aTextFileRenamedToXlsxIsNotAWorkbook() throws Exception {
        Path file = Files.writeString(folder.resolve("touchpoints.xlsx"), "Id;Name\ntp-ad;Renamed\n");

        MapFileException e = refused(file);

        assertEquals("workbook.notXlsx", e.key());
        assertEquals(file + ": the file is not an Excel workbook (.xlsx) — open it in Excel or LibreOffice, save it"
                + " as an Excel workbook (.xlsx) and import that copy", e.getMessage());
    }

    @Test
    void aPartPackedWithACodecThatIsNotBundledIsOneClearMessage() throws Exception {
        // Found by the workbook fuzzer: a zip entry that claims Zstandard packing.
        Path file = folder.resolve("zstd.xlsx");
        try (var seed = getClass().getResourceAsStream("/org/touchmap/reliability/WorkbookImportFuzzTestInputs/"
                + "anyFileGivesChangesOrOneClearError/crash-c558ca1128a412172f531e89227668e6921a792c")) {
            Files.write(file, seed.readAllBytes());
        }

        MapFileException e = refused(file);

        assertEquals("workbook.unknownPacking", e.key());
        assertEquals(file + ": a part of the workbook is packed with a method Touchmap cannot unpack — open it in "
                + "Excel or LibreOffice, save it again and import the new copy", e.getMessage());
    }

    @Test
    void anEmptyFileIsNotAWorkbook() throws Exception {
        assertEquals("workbook.notXlsx", refused(Files.createFile(folder.resolve("empty.xlsx"))).key());
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithAHintToSaveItAsXlsx() throws Exception {
        Path file = folder.resolve("old.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Touchpoints").createRow(0).createCell(0).setCellValue("Id");
            workbook.write(out);
        }

        MapFileException e = refused(file);

        assertEquals("workbook.oldFormat", e.key());
        assertEquals("hint.saveAsXlsx", e.hintKey());
    }

    @Test
    void aZipOfSomethingElseIsNotAWorkbook() throws Exception {
        Path file = ZipParts.single(folder.resolve("notes.xlsx"), "notes.txt", "hello".getBytes(StandardCharsets.UTF_8));

        assertEquals("workbook.notXlsx", refused(file).key());
    }

    @Test
    void aSheetThatUnpacksToFarMoreThanItsSizeIsAZipBomb() throws Exception {
        String padding = " ".repeat(30 * 1024 * 1024);
        Path bomb = ZipParts.replace(plainWorkbook(), folder.resolve("bomb.xlsx"), Map.of(ZipParts.FIRST_SHEET,
                sheetXml("", padding + inlineRow(1, "Id", "Name")).getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.size(bomb) < 200_000, "the whole file is small: " + Files.size(bomb));

        MapFileException e = refused(bomb);

        assertEquals("workbook.zipBomb", e.key());
        assertEquals("hint.trustedWorkbook", e.hintKey());
    }

    @Test
    void aPartLargerThanTheLimitIsRefused() throws Exception {
        Random random = new Random(1);
        StringBuilder noise = new StringBuilder("<!--");
        for (int i = 0; i < 300_000; i++) {
            noise.append((char) ('a' + random.nextInt(26)));
        }
        noise.append("-->");
        Path large = ZipParts.replace(plainWorkbook(), folder.resolve("large.xlsx"), Map.of(ZipParts.FIRST_SHEET,
                sheetXml("", noise + inlineRow(1, "Id", "Name")).getBytes(StandardCharsets.UTF_8)));
        WorkbookLimits small = new WorkbookLimits(64L << 20, 100_000, 0.005, 100_000, 20);

        MapFileException e = assertThrows(MapFileException.class, () -> WorkbookImport.read(map, large, small));

        assertEquals("workbook.partTooLarge", e.key());
        assertEquals(List.of("100000"), List.of(e.args()));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsOpened() throws Exception {
        WorkbookLimits small = new WorkbookLimits(1_000, 200L << 20, 0.005, 100_000, 20);

        MapFileException e = assertThrows(MapFileException.class,
                () -> WorkbookImport.read(map, plainWorkbook(), small));

        assertEquals("workbook.tooLarge", e.key());
    }

    @Test
    void aSheetWithMoreThanAHundredThousandRowsIsRefused() throws Exception {
        StringBuilder rows = new StringBuilder(inlineRow(1, "Id", "Name"));
        for (int r = 2; r <= 100_001; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"B").append(r).append("\"><v>1</v></c></row>");
        }
        Path tall = ZipParts.replace(plainWorkbook(), folder.resolve("tall.xlsx"), Map.of(ZipParts.FIRST_SHEET,
                sheetXml("", rows.toString()).getBytes(StandardCharsets.UTF_8)));

        MapFileException e = refused(tall);

        assertEquals("workbook.tooManyRows", e.key());
        assertTrue(e.getMessage().contains("more than 100000 rows"), e.getMessage());
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedAndTheEntityNeverRead() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET);
        String doctype = "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>";
        Path hostile = ZipParts.replace(plainWorkbook(), folder.resolve("xxe.xlsx"), Map.of(ZipParts.FIRST_SHEET,
                sheetXml(doctype, inlineRow(1, "Id", "Name") + inlineRow(2, "tp-ad", "&secret;"))
                        .getBytes(StandardCharsets.UTF_8)));

        MapFileException e = refused(hostile);

        assertEquals("workbook.unsafeXml", e.key());
        assertNoSecretIn(e);
        assertEquals(MedicalClinicMap.build(), map);
    }

    @Test
    void aDoctypeInTheSharedStringsIsRefusedToo() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET);
        Path withStrings = folder.resolve("strings.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             OutputStream out = Files.newOutputStream(withStrings)) {
            org.apache.poi.ss.usermodel.Row header = workbook.createSheet("Touchpoints").createRow(0);
            header.createCell(0).setCellValue("Id");
            header.createCell(1).setCellValue("Name");
            workbook.write(out);
        }
        String strings = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\">"
                + "<si><t>Id</t></si><si><t>&secret;</t></si></sst>";
        Path hostile = ZipParts.replace(withStrings, folder.resolve("xxe-strings.xlsx"),
                Map.of("xl/sharedStrings.xml", strings.getBytes(StandardCharsets.UTF_8)));

        MapFileException e = refused(hostile);

        assertEquals("workbook.unsafeXml", e.key());
        assertNoSecretIn(e);
    }

    @Test
    void aWorkbookWithoutATouchpointsSheetIsRefused() throws Exception {
        Path file = TestSheets.sheet(folder.resolve("other.xlsx"), "Sheet1", List.of(row("Id", "Name")));

        MapFileException e = refused(file);

        assertEquals("workbook.noTouchpointsSheet", e.key());
        assertEquals("hint.exportedWorkbook", e.hintKey());
    }

    @Test
    void aTouchpointsSheetWithoutIdAndNameHeadersIsRefused() throws Exception {
        Path file = TestSheets.touchpoints(folder.resolve("no-id.xlsx"), List.of(row("Name", "Rating"),
                row("Booking by phone", "Negative")));

        MapFileException e = refused(file);

        assertEquals("workbook.noIdOrName", e.key());
        assertEquals(file + ": the Touchpoints sheet has no header row with an Id and a Name column in its first 20 rows"
                + " — import a workbook exported by Touchmap, or keep its Touchpoints sheet with the Id and Name"
                + " columns", e.getMessage());
    }

    @Test
    void aMissingFileAndAFolderAreRefused() throws Exception {
        assertEquals("file.missing", refused(folder.resolve("nowhere.xlsx")).key());
        assertEquals("workbook.isFolder", refused(folder).key());
    }

    @Test
    void refusalsReadInRussianAndSerbian() throws Exception {
        MapFileException e = refused(Files.writeString(folder.resolve("t.xlsx"), "text"));

        assertTrue(e.message(Locale.forLanguageTag("ru")).contains("не является книгой Excel"), e.message(Locale.ROOT));
        assertTrue(e.message(Locale.forLanguageTag("sr")).contains("није Excel радна свеска"), e.message(Locale.ROOT));
    }

    private static void assertNoSecretIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(SECRET), "leaked in " + t);
            for (Throwable suppressed : t.getSuppressed()) {
                assertFalse(String.valueOf(suppressed.getMessage()).contains(SECRET), "leaked in " + suppressed);
            }
        }
    }
}
