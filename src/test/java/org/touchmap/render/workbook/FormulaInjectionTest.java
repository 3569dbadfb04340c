package org.touchmap.render.workbook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.io.xlsx.CellText;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Metric;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Text a spreadsheet would run as a formula (DDE, HYPERLINK, a leading +, -, @, tab or carriage
 * return) in every text the map has: every cell of every sheet is a string cell with the text as
 * it was, and the ones that look like formulas are quote-prefixed so they stay text when edited.
 */
class FormulaInjectionTest {
    private static final List<String> HOSTILE = List.of(
            "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\",\"y\")", "+7 495 123-45-67", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "=1+1", "+SUM(1)", "-A1", "@x", "=DDE(\"cmd\";\"/C calc\";\"x\")", "=2*3", "+\"text\"",
            "-10 %", "@channel", "=IMPORTXML(\"http://x\")", "=WEBSERVICE(\"http://x\")", "=evil()", "+evil()");

    @TempDir
    Path folder;

    private int next;

    private String hostile() {
        return HOSTILE.get(next++ % HOSTILE.size());
    }

    private JourneyMap hostileMap() {
        JourneyMap map = new JourneyMap("=cmd|' /C calc'!A0");
        for (int s = 0; s < 3; s++) {
            Stage stage = new Stage("s" + s, hostile());
            stage.setPhase(hostile());
            stage.setVisitors(100L - s);
            map.addStage(stage);
        }
        map.addLane(new Lane("l0", hostile()));
        map.addLane(new Lane("l1", hostile()));
        for (int i = 0; i < 12; i++) {
            Touchpoint card = new Touchpoint("t" + i, hostile(), "s" + (i % 3), "l" + (i % 2));
            card.setY(i * 90);
            card.setDescription(hostile());
            card.setChannelId(hostile());
            card.setPainPoints(hostile());
            card.setIdeas(hostile());
            card.setOwner(hostile());
            card.setNotes(hostile());
            Map<String, Integer> criteria = new LinkedHashMap<>();
            criteria.put("clarity", 3);
            criteria.put(hostile(), 4);
            card.setCriteria(criteria);
            Map<Metric, Double> metrics = new EnumMap<>(Metric.class);
            metrics.put(Metric.NPS, -5.0);
            card.setMetrics(metrics);
            if (i < 3 || i == 5) {
                card.setRating(Rating.NEGATIVE);
            }
            map.addTouchpoint(card);
        }
        Chain chain = new Chain("c", hostile(), "#0072b2");
        chain.addLink(new ChainLink("t0", "t1"));
        chain.addLink(new ChainLink("t1", "t2"));
        map.addChain(chain);
        return map;
    }

    @Test
    void everyCellOfEverySheetIsAStringOrANumberAndFormulaLookingTextIsQuotePrefixed() throws Exception {
        JourneyMap map = hostileMap();
        Path file = ExportedWorkbooks.export(map, ExportedWorkbooks.ENGLISH, folder.resolve("hostile.xlsx"));

        List<String> texts = new ArrayList<>();
        List<String> sheets = new ArrayList<>();
        int formulaLooking = 0;
        int formulaLookingInAnalysis = 0;
        try (XSSFWorkbook workbook = ExportedWorkbooks.open(file)) {
            for (Sheet sheet : workbook) {
                sheets.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + " " + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            texts.add(text);
                            if (CellText.looksLikeFormula(text)) {
                                formulaLooking++;
                                if (sheet.getSheetName().equals(AnalysisSheet.NAME)) {
                                    formulaLookingInAnalysis++;
                                }
                                assertTrue(cell.getCellStyle().getQuotePrefixed(),
                                        sheet.getSheetName() + " " + cell.getAddress() + " " + text);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(sheets.contains(AnalysisSheet.NAME), sheets.toString());
        assertEquals(6, sheets.size(), sheets.toString());
        for (String text : HOSTILE) {
            assertTrue(texts.contains(text), "unchanged somewhere: " + text);
        }
        // weak links (4 names, 3 stage names at most), the broken chain's name and run, coverage names
        assertTrue(formulaLookingInAnalysis >= 4 + 1 + 1, formulaLookingInAnalysis + " in the Analysis sheet");
        long expectedAtLeast = 1 + 3 + 3 + 2 + 12 * 7 + 12 + 1;
        assertTrue(formulaLooking >= expectedAtLeast, formulaLooking + " formula-looking cells, all quote-prefixed");
    }

    @Test
    void theTouchpointsSheetHoldsEveryCardsTextsExactly() throws Exception {
        JourneyMap map = hostileMap();
        Path file = ExportedWorkbooks.export(map, ExportedWorkbooks.ENGLISH, folder.resolve("hostile.xlsx"));

        try (XSSFWorkbook workbook = ExportedWorkbooks.open(file)) {
            Sheet sheet = workbook.getSheet("Touchpoints");
            for (int i = 0; i < map.touchpoints().size(); i++) {
                Touchpoint card = map.touchpoints().get(i);
                Row row = sheet.getRow(i + 1);
                assertEquals(card.name(), text(row, sheet, "Name"));
                assertEquals(card.description(), text(row, sheet, "Description"));
                assertEquals(card.channelId(), text(row, sheet, "Channel"), "a channel of one's own");
                assertEquals(card.painPoints(), text(row, sheet, "Pain points"));
                assertEquals(card.ideas(), text(row, sheet, "Ideas and improvements"));
                assertEquals(card.owner(), text(row, sheet, "Owner"));
                assertEquals(card.notes(), text(row, sheet, "Notes"));
                assertEquals(map.stage(card.stageId()).name(), text(row, sheet, "Stage"));
                assertEquals(map.lane(card.laneId()).name(), text(row, sheet, "Lane"));
            }
        }
    }

    private static String text(Row row, Sheet sheet, String header) {
        Cell cell = row.getCell(ExportedWorkbooks.column(sheet, header));
        assertEquals(CellType.STRING, cell.getCellType(), header);
        return cell.getStringCellValue();
    }

    @Test
    void noSheetOfTheFileHoldsAFormulaElement() throws Exception {
        Path file = ExportedWorkbooks.export(hostileMap(), ExportedWorkbooks.ENGLISH, folder.resolve("hostile.xlsx"));

        int sheets = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    assertFalse(xml.contains("<f>") || xml.contains("<f "), entry.getName());
                    sheets++;
                }
            }
        }
        assertEquals(6, sheets, "every sheet, the Analysis sheet too");
    }
}
