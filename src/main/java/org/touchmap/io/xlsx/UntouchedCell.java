package org.touchmap.io.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/**
 * Whether a cell still holds what the export wrote for a card's value. The file cannot hold
 * every value exactly: line breaks come back as {@code \n} whatever they were, characters that
 * XML cannot carry come back as {@code ?}, and a spreadsheet that saves the file again keeps
 * 15 significant digits of a number. A cell that differs from the export only in these ways is
 * untouched, and so never a change.
 */
final class UntouchedCell {
    /** The significant digits spreadsheets keep of a number (Excel shows 15, LibreOffice saves 15). */
    private static final MathContext SPREADSHEET_DIGITS = new MathContext(15);

    private UntouchedCell() {
    }

    /** Whether {@code cell} (may be {@code null}) holds what the export wrote as {@code written}. */
    static boolean matches(SheetCell cell, CellValue written) {
        if (written instanceof CellValue.Text text) {
            return cell != null && cell.kind() == SheetCell.Kind.TEXT
                    && asRead(cell.raw()).equals(asRead(text.text()));
        }
        if (written instanceof CellValue.Number number) {
            return cell != null && cell.kind() == SheetCell.Kind.NUMBER && sameNumber(cell.raw(), number.value());
        }
        return cell == null || cell.isBlank();
    }

    /** Text as it reads back from a cell: line breaks as {@code \n}, characters XML cannot hold as {@code ?}. */
    static String asRead(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder read = new StringBuilder(lines.length());
        lines.codePoints().forEach(c -> read.appendCodePoint(isXmlCharacter(c) ? c : '?'));
        return read.toString();
    }

    private static boolean isXmlCharacter(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static boolean sameNumber(String raw, double written) {
        OptionalDouble read = NumberCells.parseText(raw);
        if (read.isEmpty()) {
            return false;
        }
        double value = read.getAsDouble();
        return value == written || spreadsheetDigits(value).compareTo(spreadsheetDigits(written)) == 0;
    }

    private static BigDecimal spreadsheetDigits(double value) {
        return new BigDecimal(value).round(SPREADSHEET_DIGITS);
    }
}
