package org.touchmap.io.xlsx;

import java.util.Locale;

import org.touchmap.model.JourneyMap;

/** Free text. Line breaks read back as {@code \n}, whatever the spreadsheet wrote. */
final class TextType implements ColumnType<String> {
    private final boolean required;

    private TextType(boolean required) {
        this.required = required;
    }

    /** Text that may be empty. */
    static TextType optional() {
        return new TextType(false);
    }

    /** Text a card must have, such as its name. */
    static TextType required() {
        return new TextType(true);
    }

    @Override
    public CellValue cell(String value, Locale locale, JourneyMap map) {
        return CellValue.text(value == null ? "" : CellText.fit(value));
    }

    @Override
    public CellReading<String> read(SheetCell cell, ReadContext context) {
        return CellReading.of(cell.text().replace("\r\n", "\n").replace('\r', '\n'));
    }

    @Override
    public CellReading<String> readBlank(ReadContext context) {
        return required ? CellReading.problem("problem.required") : CellReading.of("");
    }
}
