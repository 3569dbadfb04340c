package org.touchmap.render.workbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchmap.io.xlsx.WorkbookChanges;
import org.touchmap.io.xlsx.WorkbookImport;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Voting;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.render.workbook.ExportedWorkbooks.*;

/** A map with a dot vote: a Votes column on the Touchpoints sheet and a Votes sheet, and the import unharmed. */
class VotesSheetTest {
    @TempDir
    Path folder;

    private static JourneyMap voted(String language) throws Exception {
        JourneyMap map = sample(language);
        map.setVoting(new Voting(5, List.of()).withParticipant("Anna").withParticipant("Boris")
                .withDotsAdded("Anna", "tp-chat", 2).withDotsAdded("Boris", "tp-phone", 4)
                .withDotsAdded("Anna", "tp-phone", 1));
        return map;
    }

    @Test
    void theVotesSheetRanksCardsWithAColumnPerParticipant() throws Exception {
        JourneyMap map = voted("");
        try (XSSFWorkbook workbook = open(export(map, ENGLISH, folder.resolve("votes.xlsx")))) {
            assertEquals(7, workbook.getNumberOfSheets());
            Sheet votes = workbook.getSheet("Votes");
            assertNotNull(votes);
            assertEquals(List.of("Card", "Stage", "Total dots", "Anna", "Boris", "Card id"), headers(votes));
            Row first = votes.getRow(1);
            assertEquals(map.touchpoint("tp-phone").name(), first.getCell(0).getStringCellValue());
            assertEquals(map.stage(map.touchpoint("tp-phone").stageId()).name(), first.getCell(1).getStringCellValue());
            assertEquals(5, first.getCell(2).getNumericCellValue());
            assertEquals(1, first.getCell(3).getNumericCellValue());
            assertEquals(4, first.getCell(4).getNumericCellValue());
            assertEquals("tp-phone", first.getCell(5).getStringCellValue());
            Row second = votes.getRow(2);
            assertEquals("tp-chat", second.getCell(5).getStringCellValue());
            assertEquals(2, second.getCell(2).getNumericCellValue());
            assertNull(second.getCell(4), "Boris gave tp-chat no dot");
            assertNull(votes.getRow(3), "cards without dots are not listed");
        }
    }

    @Test
    void theTouchpointsSheetHasTheTotalOfEveryCard() throws Exception {
        JourneyMap map = voted("");
        try (XSSFWorkbook workbook = open(export(map, ENGLISH, folder.resolve("votes.xlsx")))) {
            Sheet touchpoints = workbook.getSheet("Touchpoints");
            int votes = column(touchpoints, "Votes");
            int id = column(touchpoints, "Id");
            for (Row row : touchpoints) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String card = row.getCell(id).getStringCellValue();
                double expected = card.equals("tp-phone") ? 5 : card.equals("tp-chat") ? 2 : 0;
                assertEquals(expected, row.getCell(votes).getNumericCellValue(), card);
            }
        }
    }

    @Test
    void aMapWithoutVotesHasNeitherTheSheetNorTheColumn() throws Exception {
        try (XSSFWorkbook workbook = open(export(sample(""), ENGLISH, folder.resolve("plain.xlsx")))) {
            assertNull(workbook.getSheet("Votes"));
            assertFalse(headers(workbook.getSheet("Touchpoints")).contains("Votes"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ru", "sr"})
    void aWorkbookWithVotesImportsBackWithoutAChange(String language) throws Exception {
        JourneyMap map = voted(language);
        Locale locale = language.isEmpty() ? ENGLISH : Locale.forLanguageTag(language);
        Path file = export(map, locale, folder.resolve("votes.xlsx"));

        WorkbookChanges changes = WorkbookImport.read(map, file);

        assertFalse(changes.hasChanges(), () -> String.join("\n", changes.summary(Locale.ROOT)));
        assertEquals(List.of(), changes.problems());
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new java.util.ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }
}
