package org.touchmap.render.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.analysis.AnalysisReport;
import org.touchmap.analysis.WeakLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Stage;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.render.workbook.ExportedWorkbooks.*;

/** The {@code Analysis} sheet of the exported sample, read back with POI. */
class AnalysisSheetTest {
    @TempDir
    Path folder;

    private XSSFWorkbook exported(JourneyMap map, Locale locale) throws Exception {
        return open(export(map, locale, folder.resolve("analysis-" + locale.getLanguage() + ".xlsx")));
    }

    /** The row index of the first cell in column A with this text. */
    private static int rowOf(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("No " + text + " in column A of " + sheet.getSheetName());
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    @Test
    void theAnalysisSheetComesSixthAfterCriteria() throws Exception {
        try (XSSFWorkbook workbook = exported(sample(""), ENGLISH)) {
            assertEquals(6, workbook.getNumberOfSheets());
            assertEquals("Criteria", workbook.getSheetName(4));
            assertEquals("Analysis", workbook.getSheetName(5));
        }
    }

    @Test
    void theWeakLinksOfTheSampleStartWithBookingByPhone() throws Exception {
        JourneyMap map = sample("");
        List<WeakLink> expected = AnalysisReport.of(map).weakLinks();
        try (XSSFWorkbook workbook = exported(map, ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Analysis");
            int heading = rowOf(sheet, "Weak links");
            assertEquals(0, heading);
            assertTrue(sheet.getRow(heading).getCell(0).getCellStyle().getFont().getBold(), "a bold heading");
            assertEquals(List.of("Rank", "Touchpoint id", "Name", "Stage", "Key point", "Criteria average", "Ranked as"),
                    rowTexts(sheet.getRow(heading + 1)));
            Row first = sheet.getRow(heading + 2);
            assertEquals(1, first.getCell(0).getNumericCellValue());
            assertEquals("tp-phone", first.getCell(1).getStringCellValue());
            assertEquals("Booking by phone", first.getCell(2).getStringCellValue());
            for (int i = 0; i < expected.size(); i++) {
                WeakLink link = expected.get(i);
                Row row = sheet.getRow(heading + 2 + i);
                assertEquals(i + 1, row.getCell(0).getNumericCellValue());
                assertEquals(link.touchpointId(), row.getCell(1).getStringCellValue());
                assertEquals(link.name(), row.getCell(2).getStringCellValue());
                assertEquals(map.stage(link.stageId()).name(), row.getCell(3).getStringCellValue());
                assertEquals(link.keyPoint() ? "Yes" : "No", row.getCell(4).getStringCellValue());
                assertEquals(link.keyPoint() ? "Key point" : "Other", row.getCell(6).getStringCellValue());
                if (link.criteriaAverage().isPresent()) {
                    assertEquals(link.criteriaAverage().getAsDouble(), row.getCell(5).getNumericCellValue(), 1e-9);
                    assertEquals("0.00_)", row.getCell(5).getCellStyle().getDataFormatString());
                } else {
                    assertNull(row.getCell(5));
                }
            }
        }
    }

    @Test
    void theBrokenChainFirstVisitIsListedWithItsRunOfNames() throws Exception {
        JourneyMap map = sample("");
        AnalysisReport report = AnalysisReport.of(map);
        try (XSSFWorkbook workbook = exported(map, ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Analysis");
            int heading = rowOf(sheet, "Broken chains");
            assertTrue(heading > rowOf(sheet, "Weak links"));
            assertEquals(List.of("Chain", "Negative touchpoints in a row"), rowTexts(sheet.getRow(heading + 1)));
            int row = rowOf(sheet, "First visit");
            assertTrue(row > heading + 1);
            List<String> run = report.brokenChains().stream().filter(c -> c.name().equals("First visit"))
                    .findFirst().orElseThrow().runs().get(0);
            String names = String.join(" → ", run.stream()
                    .map(id -> map.findTouchpoint(id).orElseThrow().name()).toList());
            assertEquals(names, text(sheet, row, 1));
            assertTrue(text(sheet, row, 1).contains(" → "));
        }
    }

    @Test
    void theFunnelWarningsAndCoverageHaveASectionEach() throws Exception {
        JourneyMap map = sample("");
        AnalysisReport report = AnalysisReport.of(map);
        try (XSSFWorkbook workbook = exported(map, ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Analysis");
            int funnel = rowOf(sheet, "Funnel warnings");
            assertEquals(List.of("From stage", "To stage", "Visitors before", "Visitors after"),
                    rowTexts(sheet.getRow(funnel + 1)));
            int coverage = rowOf(sheet, "Coverage");
            assertTrue(coverage > funnel);
            assertEquals(List.of("Kind", "Name", "Id"), rowTexts(sheet.getRow(coverage + 1)));
            int items = report.coverage().emptyStageIds().size() + report.coverage().unfinishedChainIds().size()
                    + report.coverage().unchainedTouchpointIds().size() + report.coverage().missingTouchpoints().size();
            int rows = 0;
            for (int r = coverage + 2; sheet.getRow(r) != null; r++) {
                rows++;
            }
            assertEquals(Math.max(1, items), rows, "one row per item, or one that says there is none");
        }
    }

    @Test
    void aMapWithAStageThatGainsVisitorsAndGapsFillsTheFunnelAndCoverageSections() throws Exception {
        JourneyMap map = new JourneyMap("Gaps");
        Stage first = new Stage("s1", "Search");
        first.setVisitors(100L);
        Stage second = new Stage("s2", "Visit");
        second.setVisitors(150L);
        map.addStage(first);
        map.addStage(second);
        map.addLane(new org.touchmap.model.Lane("l1", "Customer"));
        map.addTouchpoint(new org.touchmap.model.Touchpoint("t1", "Ad", "s1", "l1"));
        try (XSSFWorkbook workbook = exported(map, ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Analysis");
            int funnel = rowOf(sheet, "Funnel warnings");
            Row warning = sheet.getRow(funnel + 2);
            assertEquals("Search", warning.getCell(0).getStringCellValue());
            assertEquals("Visit", warning.getCell(1).getStringCellValue());
            assertEquals(100, warning.getCell(2).getNumericCellValue());
            assertEquals(150, warning.getCell(3).getNumericCellValue());
            int coverage = rowOf(sheet, "Coverage");
            assertEquals(List.of("Stage with no touchpoints", "Visit", "s2"), rowTexts(sheet.getRow(coverage + 2)));
            assertEquals(List.of("Touchpoint in no chain", "Ad", "t1"), rowTexts(sheet.getRow(coverage + 3)));
            assertEquals("None", text(sheet, rowOf(sheet, "Weak links") + 2, 0));
        }
    }

    @Test
    void theCompetitorsSectionHasOneRowPerStageWithItsCountsAndVerdict() throws Exception {
        JourneyMap map = sample("");
        try (XSSFWorkbook workbook = exported(map, ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Analysis");
            int heading = rowOf(sheet, "Competitors");
            assertTrue(heading > rowOf(sheet, "Coverage"), "the last section");
            assertEquals(List.of("Stage", "Better", "Same", "Worse", "Competitors lack it", "We lack it", "Verdict"),
                    rowTexts(sheet.getRow(heading + 1)));
            for (int i = 0; i < map.stages().size(); i++) {
                assertEquals(map.stages().get(i).name(), text(sheet, heading + 2 + i, 0));
            }
            Row compare = sheet.getRow(heading + 2 + map.stageIndex("compare"));
            assertEquals(List.of(0.0, 0.0, 1.0, 0.0, 1.0), java.util.stream.IntStream.rangeClosed(1, 5)
                    .mapToObj(c -> compare.getCell(c).getNumericCellValue()).toList(), "the phone is worse, the blog missing");
            assertEquals("Behind", compare.getCell(6).getStringCellValue());
            assertEquals("Not compared", text(sheet, heading + 2, 6));
            assertNull(sheet.getRow(heading + 2 + map.stages().size()), "one row per stage");
        }
    }

    @Test
    void aConversionPointIsNamedInTheWeakLinksAndAStageAheadOfCompetitorsSaysSo() throws Exception {
        JourneyMap map = new JourneyMap("Shop");
        map.addStage(new Stage("s1", "Buy"));
        map.addLane(new org.touchmap.model.Lane("l1", "Customer"));
        org.touchmap.model.Touchpoint checkout = new org.touchmap.model.Touchpoint("t1", "Checkout", "s1", "l1");
        checkout.setChannelId("payment");
        checkout.setRating(org.touchmap.model.Rating.NEGATIVE);
        checkout.setCompetitor(org.touchmap.model.CompetitorComparison.COMPETITOR_LACKS_IT);
        map.addTouchpoint(checkout);
        try (XSSFWorkbook workbook = exported(map, ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Analysis");
            assertEquals("Conversion point", text(sheet, rowOf(sheet, "Weak links") + 2, 6));
            Row buy = sheet.getRow(rowOf(sheet, "Competitors") + 2);
            assertEquals(1, buy.getCell(4).getNumericCellValue());
            assertEquals("Ahead", buy.getCell(6).getStringCellValue());
        }
    }

    @Test
    void headingsAndHeadersAreInTheWorkbooksLanguage() throws Exception {
        String[][] expected = {{"ru", "Слабые звенья", "Разорванные цепочки", "Предупреждения воронки", "Охват", "Конкуренты"},
                {"sr", "Слабе карике", "Прекинути ланци", "Упозорења левка", "Покривеност", "Конкуренти"}};
        for (String[] language : expected) {
            Locale locale = Locale.forLanguageTag(language[0]);
            try (XSSFWorkbook workbook = exported(sample(language[0]), locale)) {
                XSSFSheet sheet = workbook.getSheet("Analysis");
                for (int i = 1; i < language.length; i++) {
                    rowOf(sheet, language[i]);
                }
                List<String> header = rowTexts(sheet.getRow(1));
                assertEquals(7, header.size());
                assertFalse(header.contains("Rank"), header.toString());
            }
        }
    }

    @Test
    void theColumnsAreWideEnoughToRead() throws Exception {
        try (XSSFWorkbook workbook = exported(sample(""), ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Analysis");
            for (int column = 0; column < 7; column++) {
                assertTrue(sheet.getColumnWidth(column) >= 12 * 256, "column " + column);
            }
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(5), "the runs of names are wide");
        }
    }

    private static List<String> rowTexts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(((XSSFCell) cell).getStringCellValue());
        }
        return texts;
    }
}
