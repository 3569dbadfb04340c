package org.touchmap.io.xlsx;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.MedicalClinicMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What a spreadsheet does to cells behind the person's back is reported with the cell's address,
 * never imported as if the person had meant it: merged id cells, text that can never be an id,
 * words the spreadsheet turned into a date.
 */
class ImportFidelityTest {
    @TempDir
    Path folder;

    private final JourneyMap map = MedicalClinicMap.build();

    /** A Touchpoints sheet: the header, then rows of id, name, stage and lane. */
    private Path workbook(java.util.function.Consumer<Sheet> edit, String[]... rows) throws Exception {
        Path file = folder.resolve("edited.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(WorkbookSheets.TOUCHPOINTS);
            String[] header = {"Id", "Name", "Stage", "Lane"};
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            edit.accept(sheet);
            workbook.write(out);
        }
        return file;
    }

    private List<String> problems(Path file) throws Exception {
        return WorkbookImport.read(map, file).problems().stream().map(p -> p.message(Locale.ROOT)).toList();
    }

    @Test
    void mergedIdCellsAreAProblemNamedByTheirRangeNotASecondCard() throws Exception {
        Path file = workbook(sheet -> sheet.addMergedRegion(CellRangeAddress.valueOf("A2:A3")),
                new String[] {"tp-ad", "Context ad", "Problem awareness", "Online"},
                new String[] {null, "Context ad", "Problem awareness", "Online"});

        List<String> problems = problems(file);
        assertEquals(1, problems.stream().filter(p -> p.contains("A2:A3") && p.contains("merged")).count(), problems.toString());
    }

    @Test
    void textThatCanNeverBeAnIdIsAProblemAtItsCellNotANewCard() throws Exception {
        String longest = "x ".repeat(16_000);
        Path file = workbook(sheet -> { }, new String[] {longest, "Leaflet", "Problem awareness", "Offline"});

        WorkbookChanges changes = WorkbookImport.read(map, file);
        assertEquals(0, changes.addedCount());
        assertEquals(1, changes.problems().size());
        String message = changes.problems().get(0).message(Locale.ROOT);
        assertTrue(message.startsWith("Touchpoints!A2"), message);
        assertTrue(message.length() < 400, "the id is quoted short: " + message.length());
    }

    @Test
    void wordsTheSpreadsheetTurnedIntoADateAreAProblemAtTheirCell() throws Exception {
        Path file = workbook(sheet -> {
            Row row = sheet.getRow(1);
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd.mm.yyyy"));
            row.createCell(1).setCellValue(45000);
            row.getCell(1).setCellStyle(date);
        }, new String[] {null, null, "Problem awareness", "Offline"});

        List<String> problems = problems(file);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Touchpoints!B2") && problems.get(0).contains("45000"), problems.get(0));
    }
}
