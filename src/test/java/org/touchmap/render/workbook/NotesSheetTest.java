package org.touchmap.render.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.io.xlsx.WorkbookSheets;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.LaneKind;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.render.workbook.ExportedWorkbooks.*;

/** The Notes sheet and the Stages sheet's counts of notes, written only for maps with lanes of notes (ADR 0025). */
class NotesSheetTest {
    @TempDir
    Path folder;

    private static List<String> rowTexts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null ? "" : cell.getStringCellValue());
        }
        return texts;
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    @Test
    void aMapWithoutLanesOfNotesHasNoNotesSheetAndNoCountsOfNotes() throws Exception {
        try (XSSFWorkbook workbook = open(export(sample(""), ENGLISH, folder.resolve("plain.xlsx")))) {
            assertEquals(WorkbookSheets.all(), sheetNames(workbook));
            assertNotNull(workbook.getSheet("Stages").getRow(0).getCell(StagesSheet.DROP_OFF_COLUMN));
            assertNull(workbook.getSheet("Stages").getRow(0).getCell(StagesSheet.OPPORTUNITIES_COLUMN));
            assertNull(workbook.getSheet("Stages").getRow(0).getCell(StagesSheet.PAIN_POINTS_COLUMN));
        }
    }

    @Test
    void everyNoteIsARowInTheMapsOrderWithHeadersAndKindsInTheWorkbooksLanguage() throws Exception {
        JourneyMap map = NotesWorkbooks.clinicWithNotes("ru");
        try (XSSFWorkbook workbook = open(export(map, RUSSIAN, folder.resolve("notes-ru.xlsx")))) {
            List<String> names = sheetNames(workbook);
            assertEquals("Notes", names.get(names.size() - 1), "the last sheet, so no other sheet moves");
            Sheet notes = workbook.getSheet("Notes");
            assertEquals(List.of("Идентификатор", "Этап", "Дорожка", "Вид дорожки", "Текст", "Исполнитель",
                    "Поддерживает"), rowTexts(notes.getRow(0)));
            assertEquals(map.notes().size(), notes.getLastRowNum());
            for (int i = 0; i < map.notes().size(); i++) {
                assertEquals(map.notes().get(i).id(), notes.getRow(i + 1).getCell(0).getStringCellValue());
            }
            assertEquals(List.of("n-step", map.stage("decide").name(), "Behind the desk",
                    LaneKind.BACKSTAGE.displayName(RUSSIAN), "Nurse calls back", "Nurse", "tp-phone"),
                    rowTexts(notes.getRow(5)));
            assertEquals(1, notes.getPaneInformation().getHorizontalSplitPosition(), "the header stays in view");
            assertTrue(notes.getRow(1).getCell(4).getCellStyle().getWrapText());
        }
    }

    @Test
    void theStagesSheetCountsEachStagesPainPointsAndOpportunitiesAtItsEnd() throws Exception {
        JourneyMap map = NotesWorkbooks.clinicWithNotes("");
        try (XSSFWorkbook workbook = open(export(map, ENGLISH, folder.resolve("notes.xlsx")))) {
            Sheet stages = workbook.getSheet("Stages");
            assertEquals("Pain points", stages.getRow(0).getCell(StagesSheet.PAIN_POINTS_COLUMN).getStringCellValue());
            assertEquals("Opportunities", stages.getRow(0).getCell(StagesSheet.OPPORTUNITIES_COLUMN).getStringCellValue());
            int decide = map.stageIndex("decide") + 1;
            assertEquals(2, stages.getRow(decide).getCell(StagesSheet.PAIN_POINTS_COLUMN).getNumericCellValue());
            assertEquals(1, stages.getRow(decide).getCell(StagesSheet.OPPORTUNITIES_COLUMN).getNumericCellValue());
            assertEquals(0, stages.getRow(1).getCell(StagesSheet.PAIN_POINTS_COLUMN).getNumericCellValue());
            Row totals = stages.getRow(map.stages().size() + 1);
            assertEquals(2, totals.getCell(StagesSheet.PAIN_POINTS_COLUMN).getNumericCellValue());
            assertEquals(1, totals.getCell(StagesSheet.OPPORTUNITIES_COLUMN).getNumericCellValue());
        }
    }

    @Test
    void aMapWithOnlyLanesOfThoughtsHasANotesSheetButNoCountsOfNotes() throws Exception {
        JourneyMap map = NotesWorkbooks.clinicWithNotes("");
        map.lane("pains").setKind(LaneKind.THOUGHTS);
        map.lane("ideas").setKind(LaneKind.GOALS);
        try (XSSFWorkbook workbook = open(export(map, ENGLISH, folder.resolve("thoughts.xlsx")))) {
            assertNotNull(workbook.getSheet("Notes"));
            assertNull(workbook.getSheet("Stages").getRow(0).getCell(StagesSheet.PAIN_POINTS_COLUMN));
        }
    }
}
