package org.touchmap.render.workbook;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Lines of wrapped text as LibreOffice prints them in DejaVu Sans: enough, and no more. */
class CellLinesTest {
    @Test
    void aBoldHeaderThatPrintsOnThreeLinesIsCountedAsThree() {
        // "У конкурентов нет" in the Analysis sheet's 14-character column prints as three lines.
        assertEquals(3, CellLines.of("У конкурентов нет", 14, true));
    }

    @Test
    void aSentenceThatPrintsOnTwoLinesIsNotGivenMore() {
        // 51 characters that LibreOffice prints on two lines of a 30-character column (Touchpoints,
        // Russian sample); rows were once sized for three, as if a line held 85 % of the column.
        assertEquals(2, CellLines.of("Страница услуги с врачами, ценами и кнопкой записи.", 30, false));
    }

    @Test
    void bodyTextInTheRegularFaceNeedsNoMoreLinesThanInBold() {
        String text = "Поддержка / жалоба (Реакция после покупки) и ещё несколько слов";
        assertTrue(CellLines.of(text, 20, false) <= CellLines.of(text, 20, true));
    }

    @Test
    void everyParagraphStartsALineAndAnEmptyTextTakesOne() {
        assertEquals(3, CellLines.of("a\nb\nc", 30, false));
        assertEquals(1, CellLines.of("", 30, false));
    }

    @Test
    void aWordWiderThanTheColumnBreaksOverSeveralLines() {
        assertTrue(CellLines.of("Функциональностьфункциональность", 8, false) >= 3);
    }

    @Test
    void neverFewerLinesThanTheCharactersFillAtADigitEach() {
        assertTrue(CellLines.of("i".repeat(95), 10, false) >= 10);
    }
}
