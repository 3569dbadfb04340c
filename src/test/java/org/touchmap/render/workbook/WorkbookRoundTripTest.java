package org.touchmap.render.workbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchmap.edit.CommandStack;
import org.touchmap.io.xlsx.WorkbookChanges;
import org.touchmap.io.xlsx.WorkbookImport;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Metric;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.render.workbook.ExportedWorkbooks.*;

/** A workbook exported, edited as a person would, and imported back into the map it came from. */
class WorkbookRoundTripTest {
    @TempDir
    Path folder;

    private Path edited(Path exported, java.util.function.Consumer<Sheet> edit) throws Exception {
        return EditedWorkbooks.edit(exported, folder.resolve("edited-" + exported.getFileName()), edit);
    }

    private static Cell cell(Sheet sheet, String id, String header) {
        return EditedWorkbooks.cell(sheet, id, header);
    }

    private static void assertImportsBackUnchanged(JourneyMap map, Path file) throws Exception {
        WorkbookChanges changes = WorkbookImport.read(map, file);
        assertFalse(changes.hasChanges(), () -> String.join("\n", changes.summary(Locale.ROOT)));
        assertEquals(List.of(), changes.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ru", "sr"})
    void anExportedSampleImportsBackWithoutAChange(String language) throws Exception {
        JourneyMap map = sample(language);
        Locale locale = language.isEmpty() ? ENGLISH : Locale.forLanguageTag(language);
        Path file = export(map, locale, folder.resolve("clinic.xlsx"));

        assertImportsBackUnchanged(map, file);
    }

    @Test
    void aRatingAndANameEditedInTheSheetAreExactlyTwoChangesUndoneAsOne() throws Exception {
        JourneyMap map = sample("");
        JourneyMap original = map.copy();
        Path file = edited(export(map, ENGLISH, folder.resolve("clinic.xlsx")), sheet -> {
            cell(sheet, "tp-phone", "Rating").setCellValue("Positive");
            cell(sheet, "tp-chat", "Name").setCellValue("Chat with a nurse");
        });

        WorkbookChanges changes = WorkbookImport.read(map, file);

        assertEquals(List.of("Cards changed: 2; new cards: 0; cells with problems: 0",
                "Question in the site chat: Name Question in the site chat → Chat with a nurse",
                "Booking by phone: Rating Negative → Positive"), changes.summary(ENGLISH));
        assertEquals(2, changes.changedCount());
        assertEquals(0, changes.addedCount());
        CommandStack stack = new CommandStack(map);
        stack.execute(changes.command());
        assertEquals(Rating.POSITIVE, map.touchpoint("tp-phone").rating());
        assertEquals("Chat with a nurse", map.touchpoint("tp-chat").name());
        assertEquals("Import from edited-clinic.xlsx", stack.undoDescription().orElseThrow().text(ENGLISH));
        stack.undo();
        assertEquals(original, map);
        assertFalse(stack.canUndo(), "the import was one step");
    }

    @Test
    void aNameThatLooksLikeAFormulaStaysTextBothWays() throws Exception {
        JourneyMap map = sample("");
        map.touchpoint("tp-ad").setName("=HYPERLINK(\"http://x\",\"y\")");
        Path file = export(map, ENGLISH, folder.resolve("formula.xlsx"));

        try (XSSFWorkbook workbook = open(file)) {
            Cell name = workbook.getSheet("Touchpoints").getRow(1).getCell(1);
            assertEquals("=HYPERLINK(\"http://x\",\"y\")", name.getStringCellValue());
            assertTrue(name.getCellStyle().getQuotePrefixed());
        }
        WorkbookChanges changes = WorkbookImport.read(map, file);
        assertFalse(changes.hasChanges());
        assertEquals(0, changes.changedCount());
    }

    @Test
    void aRowAddedAtTheBottomOfTheSheetBecomesANewCard() throws Exception {
        JourneyMap map = sample("");
        Path file = edited(export(map, ENGLISH, folder.resolve("clinic.xlsx")), sheet -> {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(column(sheet, "Name")).setCellValue("Parking at the clinic");
            row.createCell(column(sheet, "Stage")).setCellValue("Purchase decision");
            row.createCell(column(sheet, "Lane")).setCellValue("Offline");
            row.createCell(column(sheet, "Rating")).setCellValue("Negative");
        });

        WorkbookChanges changes = WorkbookImport.read(map, file);
        new CommandStack(map).execute(changes.command());

        assertEquals(1, changes.addedCount());
        assertEquals(List.of(), changes.problems());
        Touchpoint parking = map.touchpoints().get(map.touchpoints().size() - 1);
        assertEquals("Parking at the clinic", parking.name());
        assertEquals("decide", parking.stageId());
        assertEquals(Rating.NEGATIVE, parking.rating());
    }

    @Test
    void aNewRowWithOnlyANameAndAStageTakesItsChannelsDefaultsWithoutProblems() throws Exception {
        JourneyMap map = sample("");
        Path file = edited(export(map, ENGLISH, folder.resolve("clinic.xlsx")), sheet -> {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(column(sheet, "Name")).setCellValue("Parking at the clinic");
            row.createCell(column(sheet, "Stage")).setCellValue("Purchase decision");
            row.createCell(column(sheet, "Online or offline")).setCellValue("  ");
        });

        WorkbookChanges changes = WorkbookImport.read(map, file);
        new CommandStack(map).execute(changes.command());

        assertEquals(List.of(), changes.problems());
        assertEquals(1, changes.addedCount());
        Touchpoint parking = map.touchpoints().get(map.touchpoints().size() - 1);
        Touchpoint fresh = new Touchpoint("tp-fresh", "", "decide", "online");
        fresh.applyChannelDefaults(ChannelCatalog.resolve(ChannelCatalog.OTHER));
        assertEquals(fresh.presence(), parking.presence());
        assertEquals(fresh.category(), parking.category());
        assertEquals(fresh.control(), parking.control());
    }

    @Test
    void emptyNamesOfACardAStageAndALaneImportBackWithoutAChangeOrAProblem() throws Exception {
        JourneyMap map = sample("");
        Touchpoint ad = map.touchpoint("tp-ad");
        ad.setName("");
        map.stage(ad.stageId()).setName("");
        map.lane(ad.laneId()).setName("");
        Path file = export(map, ENGLISH, folder.resolve("empty-names.xlsx"));

        assertImportsBackUnchanged(map, file);
    }

    @Test
    void textsAndNumbersTheSheetCannotHoldExactlyAreUnchangedWhenTheirCellsAreUntouched() throws Exception {
        JourneyMap map = sample("");
        map.touchpoint("tp-ad").setNotes("First line\r\nsecond line\rthird line");
        map.touchpoint("tp-phone").setNotes("   ");
        map.touchpoint("tp-chat").setNotes("\n");
        map.touchpoint("tp-chat").setChannelId(" My channel ");
        map.touchpoint("tp-phone").setName("Booking\u0001by phone");
        Touchpoint ad = map.touchpoint("tp-ad");
        ad.setMetrics(java.util.Map.of(Metric.CSAT, 0.1 + 0.2));
        Path exported = export(map, ENGLISH, folder.resolve("exact.xlsx"));
        Path file = edited(exported, sheet -> {
            Cell csat = cell(sheet, "tp-ad", "CSAT");
            double written = csat.getNumericCellValue();
            csat.setCellValue(Double.parseDouble(String.format(Locale.ROOT, "%.15g", written)));
        });

        WorkbookChanges changes = WorkbookImport.read(map, file);

        assertEquals(List.of(), changes.problems());
        assertFalse(changes.hasChanges(), () -> String.join("\n", changes.summary(Locale.ROOT)));
    }

    @Test
    void aNameClearedInTheSheetIsStillAProblemWhenTheCardHasOne() throws Exception {
        JourneyMap map = sample("");
        Path file = edited(export(map, ENGLISH, folder.resolve("cleared.xlsx")),
                sheet -> cell(sheet, "tp-ad", "Name").setBlank());

        WorkbookChanges changes = WorkbookImport.read(map, file);

        assertFalse(changes.hasChanges());
        assertEquals(List.of("problem.required"),
                changes.problems().stream().map(org.touchmap.io.xlsx.CellProblem::messageKey).toList());
    }

    @Test
    void aMetricEditedToAnotherNumberIsStillAChange() throws Exception {
        JourneyMap map = sample("");
        map.touchpoint("tp-ad").setMetrics(java.util.Map.of(Metric.CSAT, 0.1 + 0.2));
        Path file = edited(export(map, ENGLISH, folder.resolve("csat.xlsx")),
                sheet -> cell(sheet, "tp-ad", "CSAT").setCellValue(0.31));

        WorkbookChanges changes = WorkbookImport.read(map, file);
        new CommandStack(map).execute(changes.command());

        assertEquals(1, changes.changedCount());
        assertEquals(0.31, map.touchpoint("tp-ad").metrics().get(Metric.CSAT));
    }

    @Test
    void notesLongerThanACellCanHoldSurviveTheRoundTrip() throws Exception {
        JourneyMap map = sample("");
        map.touchpoint("tp-ad").setNotes("Long survey quotes. ".repeat(2_000));
        Path file = export(map, ENGLISH, folder.resolve("long.xlsx"));

        assertFalse(WorkbookImport.read(map, file).hasChanges());
    }
}
