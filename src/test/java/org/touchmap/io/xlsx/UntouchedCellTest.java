package org.touchmap.io.xlsx;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class UntouchedCellTest {
    private static SheetCell text(String raw) {
        return new SheetCell(0, SheetCell.Kind.TEXT, raw);
    }

    private static SheetCell number(String raw) {
        return new SheetCell(0, SheetCell.Kind.NUMBER, raw);
    }

    @Test
    void aNumberSavedWithFifteenDigitsIsTheNumberTheExportWrote() {
        assertTrue(UntouchedCell.matches(number("0.3"), CellValue.number(0.1 + 0.2)));
        assertTrue(UntouchedCell.matches(number("0.30000000000000004"), CellValue.number(0.1 + 0.2)));
        assertFalse(UntouchedCell.matches(number("0.31"), CellValue.number(0.1 + 0.2)));
        assertFalse(UntouchedCell.matches(number("0.300000000000001"), CellValue.number(0.1 + 0.2)));
        assertFalse(UntouchedCell.matches(text("0.3"), CellValue.number(0.1 + 0.2)), "typed as text: read as typed");
        assertFalse(UntouchedCell.matches(null, CellValue.number(0.3)));
    }

    @Test
    void textMatchesWhateverItsLineBreaksAndTheCharactersXmlCannotHold() {
        assertTrue(UntouchedCell.matches(text("a\nb\nc"), CellValue.text("a\r\nb\rc")));
        assertTrue(UntouchedCell.matches(text("a?b"), CellValue.text("a\u0001b")));
        assertTrue(UntouchedCell.matches(text("   "), CellValue.text("   ")));
        assertFalse(UntouchedCell.matches(text("a b"), CellValue.text("a  b")));
        assertFalse(UntouchedCell.matches(null, CellValue.text("   ")));
        assertFalse(UntouchedCell.matches(number("1"), CellValue.text("1")));
    }

    @Test
    void anEmptyCellMatchesAnEmptyValueOnly() {
        assertTrue(UntouchedCell.matches(null, CellValue.BLANK));
        assertTrue(UntouchedCell.matches(text(" "), CellValue.BLANK));
        assertFalse(UntouchedCell.matches(text("x"), CellValue.BLANK));
    }
}
