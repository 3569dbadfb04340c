package org.touchmap.io.xlsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

class TouchpointColumnsTest {
    private static final JourneyMap MAP = oneCardMap();

    private static JourneyMap oneCardMap() {
        JourneyMap map = new JourneyMap("Columns");
        map.addStage(new Stage("s", "Stage"));
        map.addLane(new Lane("l", "Lane"));
        map.addTouchpoint(new Touchpoint("t", "Card", "s", "l"));
        return map;
    }

    @Test
    void theIdComesFirstAndEveryColumnKeyIsUnique() {
        List<TouchpointColumn<?>> columns = TouchpointColumns.all();
        assertSame(TouchpointColumns.ID, columns.get(0));
        assertSame(TouchpointColumns.NAME, columns.get(1));
        Set<String> keys = new HashSet<>();
        columns.forEach(c -> assertTrue(keys.add(c.key()), c.key()));
        assertEquals(8, TouchpointColumns.metrics().size());
        assertTrue(TouchpointColumns.CRITERIA_AVERAGE.isReadOnly());
    }

    @Test
    void everyHeaderOfEveryLanguageNamesItsOwnColumn() {
        for (TouchpointColumn<?> column : TouchpointColumns.all()) {
            for (Locale language : ColumnText.LANGUAGES) {
                String header = column.header(language);
                assertEquals(column, ColumnHeaders.column(header).orElseThrow(), language + " " + header);
                assertEquals(column, ColumnHeaders.column(header.toUpperCase(language)).orElseThrow());
            }
            assertEquals(column, ColumnHeaders.column(column.key()).orElseThrow());
        }
        assertTrue(ColumnHeaders.column("Something else").isEmpty());
    }

    @Test
    void translationsReallyAreInTheirLanguage() {
        assertEquals("Оценка", TouchpointColumns.RATING.header(ColumnText.RUSSIAN));
        assertEquals("Оцена", TouchpointColumns.RATING.header(ColumnText.SERBIAN));
        assertEquals("Rating", TouchpointColumns.RATING.header(Locale.ENGLISH));
        assertEquals(ColumnText.RUSSIAN, ColumnHeaders.languageOf(List.of("Идентификатор", "Название", "Оценка")));
        assertEquals(ColumnText.SERBIAN, ColumnHeaders.languageOf(List.of("Идентификатор", "Назив", "Оцена")));
        assertEquals(ColumnText.ENGLISH, ColumnHeaders.languageOf(List.of("id", "name", "NPS")));
    }

    @Test
    void everyChoiceWordOfEveryLanguageReadsBackAsItsValue() {
        Touchpoint card = MAP.touchpoint("t");
        int checked = 0;
        for (TouchpointColumn<?> column : TouchpointColumns.all()) {
            for (Locale writtenIn : ColumnText.LANGUAGES) {
                if (column.rule(writtenIn) instanceof ColumnRule.Choices choices) {
                    for (String word : choices.words()) {
                        CellReading<?> reading = column.read(text(word), new ReadContext(MAP, card, Locale.ROOT));
                        assertFalse(reading.isProblem(), column + " " + word);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 60, "checked " + checked);
    }

    @Test
    void everyWordMeansItsOwnValueInEveryLanguage() {
        assertOwnWords(new ChoiceWords<>("rating", org.touchmap.model.Rating.class));
        assertOwnWords(new ChoiceWords<>("presence", org.touchmap.model.Presence.class));
        assertOwnWords(new ChoiceWords<>("category", org.touchmap.model.TouchpointCategory.class));
        assertOwnWords(new ChoiceWords<>("control", org.touchmap.model.Control.class));
        assertOwnWords(new ChoiceWords<>("attention", org.touchmap.model.Attention.class));
        assertOwnWords(new ChoiceWords<>("lifespan", org.touchmap.model.Lifespan.class));
        assertOwnWords(new ChoiceWords<>("evidence", org.touchmap.model.Evidence.class));
        assertOwnWords(new ChoiceWords<>("competitor", org.touchmap.model.CompetitorComparison.class));
        ReadContext context = new ReadContext(MAP, MAP.touchpoint("t"), Locale.ROOT);
        for (Locale language : ColumnText.LANGUAGES) {
            for (boolean value : new boolean[]{true, false}) {
                String word = TouchpointColumns.yesNoWord(value, language);
                assertEquals(value, TouchpointColumns.KEY_POINT.read(text(word), context).value(), word);
            }
        }
    }

    @Test
    void aWordOfAnEarlierReleaseStillReadsAsItsValue() {
        ChoiceWords<org.touchmap.model.Rating> ratings = new ChoiceWords<>("rating", org.touchmap.model.Rating.class);

        assertEquals(java.util.Optional.of(org.touchmap.model.Rating.UNRATED), ratings.parse("Не оценена"));
        assertEquals(java.util.Optional.of(org.touchmap.model.Rating.UNRATED), ratings.parse("Није оцењена"));
        assertEquals("Без оценки", ratings.word(org.touchmap.model.Rating.UNRATED, ColumnText.RUSSIAN));
    }

    private static <E extends Enum<E>> void assertOwnWords(ChoiceWords<E> words) {
        for (E value : words.values()) {
            for (Locale language : ColumnText.LANGUAGES) {
                String word = words.word(value, language);
                assertEquals(value, words.parse(word).orElseThrow(), language + " " + word);
            }
        }
    }

    @Test
    void choicesAreAlsoReadAsTheValuesOwnNames() {
        ReadContext context = new ReadContext(MAP, MAP.touchpoint("t"), Locale.ROOT);
        assertEquals(org.touchmap.model.TouchpointCategory.MATERIAL_OR_CONTENT,
                TouchpointColumns.CATEGORY.read(text("materialOrContent"), context).value());
        assertEquals(org.touchmap.model.CompetitorComparison.WE_LACK_IT,
                TouchpointColumns.COMPETITOR.read(text("WE_LACK_IT"), context).value());
        assertEquals(org.touchmap.model.Rating.NEGATIVE, TouchpointColumns.RATING.read(text(" negative "), context).value());
        assertEquals(org.touchmap.model.Rating.UNRATED, TouchpointColumns.RATING.read(null, context).value());
        assertEquals(true, TouchpointColumns.KEY_POINT.read(new SheetCell(0, SheetCell.Kind.BOOLEAN, "1"), context).value());
    }

    @Test
    void listsFitIntoAnExcelValidationInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        for (TouchpointColumn<?> column : TouchpointColumns.all()) {
            for (Locale language : ColumnText.LANGUAGES) {
                if (column.rule(language) instanceof ColumnRule.Choices choices) {
                    String formula = "\"" + String.join(",", choices.words()) + "\"";
                    if (formula.length() > 255 || choices.words().stream().anyMatch(w -> w.contains(","))) {
                        problems.add(language + " " + column.key() + ": " + formula);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void numbersAreReadAsPeopleTypeThemInEveryLanguage() {
        assertEquals(OptionalDouble.of(3.1), NumberCells.parseText("3,1"));
        assertEquals(OptionalDouble.of(3.1), NumberCells.parseText(" 3.1 "));
        assertEquals(OptionalDouble.of(12000), NumberCells.parseText("12 000"));
        assertEquals(OptionalDouble.of(12000), NumberCells.parseText("12\u00a0000"));
        assertEquals(OptionalDouble.of(-2), NumberCells.parseText("−2"));
        assertEquals(OptionalDouble.of(45), NumberCells.parseText("45%"));
        assertEquals(OptionalDouble.of(1000), NumberCells.parseText("1E3"));
        for (String notANumber : List.of("", "great", "NaN", "Infinity", "0x10", "1d", "1,000.5,3", "1.2.3")) {
            assertTrue(NumberCells.parseText(notANumber).isEmpty(), notANumber);
        }
    }

    @Test
    void numericCellsInTextColumnsReadWithoutATrailingFraction() {
        assertEquals("2024", new SheetCell(0, SheetCell.Kind.NUMBER, "2024.0").text());
        assertEquals("3.1", new SheetCell(0, SheetCell.Kind.NUMBER, "3.1000").text());
        assertEquals("0.001", new SheetCell(0, SheetCell.Kind.NUMBER, "1E-3").text());
        assertEquals("TRUE", new SheetCell(0, SheetCell.Kind.BOOLEAN, "1").text());
    }

    @Test
    void textThatASpreadsheetWouldRunIsRecognised() {
        for (String formula : List.of("=1+1", "+7 495 000", "-5", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"x\")")) {
            assertTrue(CellText.looksLikeFormula(formula), formula);
        }
        for (String text : List.of("", "Call centre", " =1", "5-1", "a@b")) {
            assertFalse(CellText.looksLikeFormula(text), text);
        }
    }

    @Test
    void textLongerThanACellIsCutWithAnEllipsisAndReadsBackUnchanged() {
        String notes = "n".repeat(CellText.MAX_LENGTH + 10);
        String cut = CellText.fit(notes);
        assertEquals(CellText.MAX_LENGTH, cut.length());
        assertTrue(cut.endsWith("…"));
        Touchpoint card = MAP.touchpoint("t").copy();
        card.setNotes(notes);
        CellReading<String> reading = TouchpointColumns.NOTES.read(text(cut), new ReadContext(MAP, card, Locale.ROOT));
        assertEquals(notes, reading.value(), "a cut text is the card's own text, not a change");
    }

    private static SheetCell text(String text) {
        return new SheetCell(0, SheetCell.Kind.TEXT, text);
    }
}
