package org.touchmap.render.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.io.xlsx.CellText;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Persona;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every text field of every element of a map starts with a character a spreadsheet treats as the
 * start of a formula ({@code = + - @}, tab, carriage return), each field with a text of its own.
 * In the exported workbook, in every sheet and every language, no cell is a formula, every cell
 * whose text starts with such a character is a quote-prefixed string cell, and every field that
 * the workbook shows at all arrives there as text.
 */
class EveryTextFieldFormulaInjectionTest {
    private static final String[] TRIGGERS = {"=", "+", "-", "@", "\t", "\r"};
    private static final String PAYLOAD = "HYPERLINK(\"http://example.invalid\",\"x\")&";

    @TempDir
    Path folder;

    /** Field name to its hostile text, in the order the fields were filled. */
    private final Map<String, String> fields = new LinkedHashMap<>();

    private String hostile(String field) {
        String text = TRIGGERS[fields.size() % TRIGGERS.length] + PAYLOAD + "\"" + field + "\"";
        fields.put(field, text);
        return text;
    }

    private JourneyMap mapWithHostileTextEverywhere() {
        JourneyMap map = new JourneyMap(hostile("map.title"));
        map.setDescription(hostile("map.description"));
        map.setIndustry(hostile("map.industry"));
        map.setTemplate(hostile("map.template"));
        map.setCompetitorNotes(hostile("map.competitorNotes"));
        map.setPersona(new Persona(hostile("persona.name"), hostile("persona.demographics"),
                hostile("persona.psychographics"), hostile("persona.behaviour"), hostile("persona.needs"),
                hostile("persona.motivations"), hostile("persona.goals"), hostile("persona.frustrations")));
        for (int s = 0; s < 2; s++) {
            Stage stage = new Stage("s" + s, hostile("stage" + s + ".name"));
            stage.setDescription(hostile("stage" + s + ".description"));
            stage.setCustomerQuestion(hostile("stage" + s + ".customerQuestion"));
            stage.setPhase(hostile("stage" + s + ".phase"));
            stage.setVisitors(1000L - 400 * s);
            map.addStage(stage);
        }
        for (int l = 0; l < 2; l++) {
            Lane lane = new Lane("l" + l, hostile("lane" + l + ".name"));
            lane.setDescription(hostile("lane" + l + ".description"));
            map.addLane(lane);
        }
        Rating[] ratings = Rating.values();
        for (int t = 0; t < 4; t++) {
            Touchpoint card = new Touchpoint("t" + t, hostile("card" + t + ".name"), "s" + (t % 2), "l" + (t / 2));
            card.setY(t * 90);
            card.setRating(ratings[t % ratings.length]);
            card.setKeyPoint(t == 0);
            card.setDescription(hostile("card" + t + ".description"));
            card.setChannelId(hostile("card" + t + ".channel"));
            card.setPainPoints(hostile("card" + t + ".painPoints"));
            card.setIdeas(hostile("card" + t + ".ideas"));
            card.setOwner(hostile("card" + t + ".owner"));
            card.setNotes(hostile("card" + t + ".notes"));
            card.setCriteria(Map.of(hostile("card" + t + ".criterion"), 1 + t));
            map.addTouchpoint(card);
        }
        for (int c = 0; c < 2; c++) {
            Chain chain = new Chain("c" + c, hostile("chain" + c + ".name"), "#0072b2");
            chain.setDescription(hostile("chain" + c + ".description"));
            chain.addLink(new ChainLink("t" + (2 * c), "t" + (2 * c + 1)));
            map.addChain(chain);
        }
        map.chain("c0").setNextChainId("c1");
        return map;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "sr"})
    void everyFormulaLookingCellInEverySheetIsQuotePrefixedText(String language) throws Exception {
        JourneyMap map = mapWithHostileTextEverywhere();
        Locale locale = language.equals("en") ? ExportedWorkbooks.ENGLISH : Locale.forLanguageTag(language);
        Path file = ExportedWorkbooks.export(map, locale, folder.resolve("hostile-" + language + ".xlsx"));

        Map<String, Integer> checkedPerSheet = new TreeMap<>();
        List<String> texts = new ArrayList<>();
        int cells = 0;
        try (XSSFWorkbook workbook = ExportedWorkbooks.open(file)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells++;
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), where);
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String text = cell.getStringCellValue();
                        texts.add(text);
                        if (CellText.looksLikeFormula(text)) {
                            assertTrue(cell.getCellStyle().getQuotePrefixed(), where + " " + text);
                            checkedPerSheet.merge(sheet.getSheetName(), 1, Integer::sum);
                        }
                    }
                }
            }
        }

        List<String> missing = new ArrayList<>();
        fields.forEach((field, text) -> {
            if (texts.stream().noneMatch(cellText -> cellText.contains(text))) {
                missing.add(field);
            }
        });
        int checked = checkedPerSheet.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("formula injection (%s): %d cells, %d formula-looking cells all quote-prefixed text %s;"
                + " %d of %d hostile fields exported, not in the workbook: %s%n",
                language, cells, checked, checkedPerSheet, fields.size() - missing.size(), fields.size(), missing);
        assertTrue(checkedPerSheet.keySet().containsAll(List.of("Chains", "Stages", "Touchpoints")), checkedPerSheet.toString());
        assertTrue(checked >= fields.size() - missing.size(), checked + " checked");
        assertTrue(missing.stream().noneMatch(field -> field.startsWith("card") || field.endsWith(".name") && !field.startsWith("persona")),
                "every text column of the Touchpoints sheet and every element name is exported: " + missing);
    }
}
