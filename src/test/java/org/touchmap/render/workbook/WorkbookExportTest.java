package org.touchmap.render.workbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.analysis.AnalysisReport;
import org.touchmap.analysis.FunnelStep;
import org.touchmap.analysis.StageAnalysis;
import org.touchmap.analysis.StageHealth;
import org.touchmap.analysis.StageSummaries;
import org.touchmap.analysis.StageSummary;
import org.touchmap.io.xlsx.TouchpointColumns;
import org.touchmap.io.xlsx.WorkbookSheets;
import org.touchmap.layout.Palette;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.render.workbook.ExportedWorkbooks.*;

class WorkbookExportTest {
    @TempDir
    Path folder;

    private XSSFWorkbook exported(String language, Locale locale) throws Exception {
        return open(export(sample(language), locale, folder.resolve("clinic-" + language + ".xlsx")));
    }

    @Test
    void theSixSheetsHaveTheSameNamesInEveryLanguage() throws Exception {
        for (Locale locale : List.of(ENGLISH, RUSSIAN, SERBIAN)) {
            try (XSSFWorkbook workbook = exported(locale.getLanguage(), locale)) {
                List<String> names = new ArrayList<>();
                workbook.forEach(sheet -> names.add(sheet.getSheetName()));
                assertEquals(List.of("Map", "Touchpoints", "Chains", "Stages", "Criteria", "Analysis"), names);
                assertEquals(WorkbookSheets.all(), names, "the first five stay where scripts find them; Analysis comes last");
            }
        }
    }

    @Test
    void theRussianSampleKeepsItsCyrillicNamesAndGetsRussianHeaders() throws Exception {
        JourneyMap map = sample("ru");
        try (XSSFWorkbook workbook = exported("ru", RUSSIAN)) {
            List<String> mapTexts = texts(workbook.getSheet("Map"));
            assertTrue(mapTexts.contains(map.title()), mapTexts::toString);
            assertTrue(mapTexts.contains(map.stages().get(0).name()));
            Sheet touchpoints = workbook.getSheet("Touchpoints");
            assertEquals("Идентификатор", touchpoints.getRow(0).getCell(0).getStringCellValue());
            int name = column(touchpoints, "Название");
            for (int i = 0; i < map.touchpoints().size(); i++) {
                assertEquals(map.touchpoints().get(i).name(), touchpoints.getRow(i + 1).getCell(name).getStringCellValue());
            }
            assertTrue(texts(touchpoints).contains("Негативная"));
        }
    }

    @Test
    void everyCardIsARowWithItsIdAndRatingInTheRatingsColour() throws Exception {
        JourneyMap map = sample("");
        try (XSSFWorkbook workbook = exported("", ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Touchpoints");
            int rating = column(sheet, "Rating");
            assertEquals(map.touchpoints().size(), sheet.getLastRowNum());
            for (int i = 0; i < map.touchpoints().size(); i++) {
                Touchpoint card = map.touchpoints().get(i);
                Row row = sheet.getRow(i + 1);
                assertEquals(card.id(), row.getCell(0).getStringCellValue());
                XSSFCell cell = (XSSFCell) row.getCell(rating);
                if (card.rating() == Rating.UNRATED) {
                    assertNull(cell, "an unrated card leaves the rating empty");
                } else {
                    assertEquals(TouchpointColumns.ratingWord(card.rating(), ENGLISH), cell.getStringCellValue());
                    assertEquals(Palette.ratingTint(card.rating()), fill(cell));
                }
            }
        }
    }

    @Test
    void enumeratedColumnsHaveDropDownsAndNumbersHaveChecks() throws Exception {
        try (XSSFWorkbook workbook = exported("", ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Touchpoints");
            Set<String> validated = new TreeSet<>();
            for (DataValidation validation : sheet.getDataValidations()) {
                CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
                validated.add(sheet.getRow(0).getCell(range.getFirstColumn()).getStringCellValue());
                assertEquals(1, range.getFirstRow());
                assertTrue(range.getLastRow() >= 14 + DropDowns.SPARE_ROWS, "new rows get the lists too");
            }
            assertTrue(validated.containsAll(List.of("Stage", "Lane", "Channel", "Online or offline", "Category",
                    "Rating", "Emotion (−2..+2)", "Key point", "Who runs it", "Attention span", "How often",
                    "Evidence", "Compared with competitors", "NPS", "Cost")), validated::toString);
            assertFalse(validated.contains("Name"));

            DataValidationConstraint rating = constraintOf(sheet, "Rating");
            assertArrayEquals(new String[]{"Positive", "Neutral", "Negative"}, rating.getExplicitListValues());
            assertEquals("TouchmapStages", constraintOf(sheet, "Stage").getFormula1());
            assertEquals("Stages!$A$2:$A$6", workbook.getName("TouchmapStages").getRefersToFormula());
            assertEquals("Stages!$Q$2:$Q$39", workbook.getName("TouchmapChannels").getRefersToFormula());
            assertTrue(workbook.getSheet("Stages").isColumnHidden(ListRanges.CHANNEL_COLUMN));
        }
    }

    @Test
    void theTouchpointsHeaderStaysInViewAndHasAFilter() throws Exception {
        try (XSSFWorkbook workbook = exported("", ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Touchpoints");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(2, sheet.getPaneInformation().getVerticalSplitPosition(), "id and name stay in view");
            assertTrue(sheet.getPaneInformation().isFreezePane());
            String filter = sheet.getCTWorksheet().getAutoFilter().getRef();
            assertEquals("A1:" + lastColumnLetter() + "15", filter);
            assertTrue(sheet.getColumnWidth(column(sheet, "Description")) > sheet.getColumnWidth(column(sheet, "NPS")));
        }
    }

    @Test
    void theStagesSheetCountsWhatTheMapHolds() throws Exception {
        JourneyMap map = sample("");
        List<StageSummary> expected = StageSummaries.of(map);
        try (XSSFWorkbook workbook = exported("", ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Stages");
            for (int i = 0; i < map.stages().size(); i++) {
                Row row = sheet.getRow(i + 1);
                Rating[] ratings = {Rating.POSITIVE, Rating.NEUTRAL, Rating.NEGATIVE, Rating.UNRATED};
                assertEquals(map.stages().get(i).name(), row.getCell(0).getStringCellValue());
                for (int r = 0; r < ratings.length; r++) {
                    Rating rating = ratings[r];
                    long counted = map.touchpointsInStage(map.stages().get(i).id()).stream()
                            .filter(tp -> tp.rating() == rating).count();
                    assertEquals(counted, (long) row.getCell(2 + r).getNumericCellValue(), rating + " in row " + (i + 2));
                }
                assertEquals(map.touchpointsInStage(map.stages().get(i).id()).size(), row.getCell(6).getNumericCellValue());
                assertEquals(map.stages().get(i).visitors(), (long) row.getCell(7).getNumericCellValue());
            }
            assertEquals(expected.get(0).conversionToNext().orElseThrow(), sheet.getRow(1).getCell(8).getNumericCellValue());
            assertEquals("0.0%_)", sheet.getRow(1).getCell(8).getCellStyle().getDataFormatString());
            assertNull(sheet.getRow(5).getCell(8), "the last stage has no next one");
            Row totals = sheet.getRow(6);
            assertEquals("All stages", totals.getCell(0).getStringCellValue());
            assertEquals(map.touchpoints().size(), totals.getCell(6).getNumericCellValue());
        }
    }

    @Test
    void theStagesSheetShowsShareNegativeCriteriaAverageHealthAndDropOffOfTheAnalysis() throws Exception {
        AnalysisReport report = AnalysisReport.of(sample(""));
        try (XSSFWorkbook workbook = exported("", ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Stages");
            assertEquals(List.of("Stage", "Phase", "Positive", "Neutral", "Negative", "Not rated", "Total", "Visitors",
                    "Conversion to next stage", "Share negative", "Criteria average", "Health",
                    "Drop-off to next stage"), texts(sheet).subList(0, 13), "the old columns keep their places");
            int share = column(sheet, "Share negative");
            int average = column(sheet, "Criteria average");
            int health = column(sheet, "Health");
            int dropOff = column(sheet, "Drop-off to next stage");
            Set<StageHealth> seen = new TreeSet<>();
            for (int i = 0; i < report.stages().size(); i++) {
                StageAnalysis stage = report.stages().get(i);
                Row row = sheet.getRow(i + 1);
                String where = stage.summary().name();
                assertEquals(stage.summary().name(), row.getCell(0).getStringCellValue());
                if (stage.shareNegative().isPresent()) {
                    assertEquals(stage.shareNegative().getAsDouble(), row.getCell(share).getNumericCellValue(), 1e-9, where);
                    assertEquals("0.0%_)", row.getCell(share).getCellStyle().getDataFormatString());
                } else {
                    assertNull(row.getCell(share), where);
                }
                if (stage.criteriaAverage().isPresent()) {
                    assertEquals(stage.criteriaAverage().getAsDouble(), row.getCell(average).getNumericCellValue(),
                            1e-9, where);
                    assertEquals("0.00_)", row.getCell(average).getCellStyle().getDataFormatString());
                } else {
                    assertNull(row.getCell(average), where);
                }
                String word = switch (stage.health()) {
                    case GOOD -> "Good";
                    case WATCH -> "Watch";
                    case POOR -> "Poor";
                    case UNKNOWN -> "Unknown";
                };
                assertEquals(word, row.getCell(health).getStringCellValue(), where);
                seen.add(stage.health());
                FunnelStep step = report.funnel().steps().stream()
                        .filter(s -> s.fromStageId().equals(stage.summary().stageId())).findFirst().orElse(null);
                if (step != null && step.dropOff().isPresent()) {
                    assertEquals(step.dropOff().getAsDouble(), row.getCell(dropOff).getNumericCellValue(), 1e-9, where);
                    assertEquals("0.0%_)", row.getCell(dropOff).getCellStyle().getDataFormatString());
                } else {
                    assertNull(row.getCell(dropOff), where);
                }
            }
            assertFalse(seen.isEmpty());
            assertNull(sheet.getRow(report.stages().size()).getCell(dropOff), "the last stage has no next one");
        }
    }

    @Test
    void theHealthWordsAreInTheWorkbooksLanguage() throws Exception {
        for (Locale locale : List.of(RUSSIAN, SERBIAN)) {
            WorkbookText text = new WorkbookText(locale);
            WorkbookText english = new WorkbookText(ENGLISH);
            for (StageHealth health : StageHealth.values()) {
                String word = StagesSheet.healthWord(text, health);
                assertFalse(word.isBlank());
                assertNotEquals(StagesSheet.healthWord(english, health), word, locale + " " + health);
            }
        }
    }

    @Test
    void theMapSheetIsTheGridToPrint() throws Exception {
        JourneyMap map = sample("");
        try (XSSFWorkbook workbook = exported("", ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Map");
            assertEquals(map.title(), sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Pre-sale", sheet.getRow(1).getCell(1).getStringCellValue());
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(1, 1, 1, 2)), "a phase spans its stages");
            assertEquals("Problem awareness", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("Online", sheet.getRow(3).getCell(0).getStringCellValue());
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(3, 4, 0, 0)), "a lane spans its rows");
            XSSFCell firstCard = sheet.getRow(3).getCell(1);
            assertEquals("○ Contextual ad \"Allergist, no queues\"", firstCard.getStringCellValue());
            assertEquals(Palette.ratingTint(Rating.NEUTRAL), fill(firstCard));
            assertTrue(firstCard.getCellStyle().getWrapText());
            assertEquals("✖ Booking by phone ★", sheet.getRow(5).getCell(3).getStringCellValue());
            assertEquals("Offline", sheet.getRow(5).getCell(0).getStringCellValue());
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(5, 8, 0, 0)), "4 cards in one cell: 4 rows");

            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals(0, sheet.getPrintSetup().getFitHeight());
            assertTrue(sheet.getFitToPage());
            assertEquals(new CellRangeAddress(0, 2, -1, -1), sheet.getRepeatingRows());
        }
    }

    @Test
    void theChainsSheetListsEveryLinkWithNamesAndIds() throws Exception {
        JourneyMap map = sample("");
        try (XSSFWorkbook workbook = exported("", ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Chains");
            assertEquals(List.of("Chain", "Step", "From", "To", "Chain id", "From id", "To id"),
                    texts(sheet).subList(0, 7));
            Row first = sheet.getRow(1);
            assertEquals("First visit", first.getCell(0).getStringCellValue());
            assertEquals(1, first.getCell(1).getNumericCellValue());
            assertEquals("Contextual ad \"Allergist, no queues\"", first.getCell(2).getStringCellValue());
            assertEquals("tp-ad", first.getCell(5).getStringCellValue());
            int links = map.chains().stream().mapToInt(c -> c.links().size()).sum();
            assertEquals(links, sheet.getLastRowNum());
        }
    }

    @Test
    void aChainWithoutLinksHasARowOfItsOwnWithoutAStep() throws Exception {
        JourneyMap map = sample("");
        map.addChain(new Chain("ch-empty", "Second visit", "#336699"));
        int links = map.chains().stream().mapToInt(c -> c.links().size()).sum();
        try (XSSFWorkbook workbook = open(export(map, ENGLISH, folder.resolve("empty-chain.xlsx")))) {
            XSSFSheet sheet = workbook.getSheet("Chains");
            assertEquals(links + 1, sheet.getLastRowNum());
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Second visit", last.getCell(0).getStringCellValue());
            assertTrue(last.getCell(1) == null || last.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK,
                    "no step");
            assertEquals("ch-empty", last.getCell(4).getStringCellValue());
            assertEquals(new CellRangeAddress(0, links + 1, 0, 6),
                    sheet.getCTWorksheet().getAutoFilter() == null ? null
                            : CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef()));
        }
    }

    @Test
    void theCriteriaSheetHasAColumnForEachCriterionInUseInTheLanguage() throws Exception {
        JourneyMap map = sample("ru");
        try (XSSFWorkbook workbook = exported("ru", RUSSIAN)) {
            XSSFSheet sheet = workbook.getSheet("Criteria");
            List<String> headers = texts(sheet).subList(0, sheet.getRow(0).getLastCellNum());
            assertTrue(headers.contains(org.touchmap.model.Criterion.CLARITY.displayName(RUSSIAN)), headers::toString);
            assertEquals("Среднее", headers.get(headers.size() - 1));
            int clarity = column(sheet, org.touchmap.model.Criterion.CLARITY.displayName(RUSSIAN));
            Touchpoint ad = map.touchpoint("tp-ad");
            assertEquals(ad.criteria().get("clarity"), (int) sheet.getRow(1).getCell(clarity).getNumericCellValue());
            assertEquals(map.touchpoints().size(), sheet.getLastRowNum());
        }
    }

    @Test
    void writingToAFileLeavesNoTemporaryFileAndReplacesAnOldOne() throws Exception {
        Path file = Files.writeString(folder.resolve("clinic.xlsx"), "old content");

        WorkbookExport.write(sample(""), ENGLISH, file);

        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("clinic.xlsx"), files.map(p -> p.getFileName().toString()).toList());
        }
        try (XSSFWorkbook workbook = open(file)) {
            assertEquals(6, workbook.getNumberOfSheets());
        }
    }

    @Test
    void writingIntoAFolderThatDoesNotExistFailsAndWritesNothing() {
        Path file = folder.resolve("missing").resolve("clinic.xlsx");

        assertThrows(java.io.IOException.class, () -> WorkbookExport.write(sample(""), ENGLISH, file));
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void writingToAStreamLeavesTheStreamOpen() throws Exception {
        boolean[] closed = {false};
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        WorkbookExport.write(sample(""), ENGLISH, out);

        assertFalse(closed[0]);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(6, workbook.getNumberOfSheets());
        }
    }

    @Test
    void anEmptyMapStillMakesAWorkbook() throws Exception {
        Path file = export(new JourneyMap("Empty"), ENGLISH, folder.resolve("empty.xlsx"));

        try (XSSFWorkbook workbook = open(file)) {
            assertEquals("Empty", workbook.getSheet("Map").getRow(0).getCell(0).getStringCellValue());
            assertEquals(0, workbook.getSheet("Touchpoints").getLastRowNum());
        }
    }

    private static String fill(XSSFCell cell) {
        XSSFColor color = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor();
        return "#" + color.getARGBHex().substring(2).toLowerCase(Locale.ROOT);
    }

    private static DataValidationConstraint constraintOf(XSSFSheet sheet, String header) {
        int column = column(sheet, header);
        return sheet.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
                .findFirst().orElseThrow().getValidationConstraint();
    }

    private static String lastColumnLetter() {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(TouchpointColumns.all().size() - 1);
    }
}
