package org.touchmap.render.workbook;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;

/**
 * How a cell looks: font, fill, borders, alignment and number format. Looks are values, so the
 * {@link CellStyles} cache makes one workbook style per look however many cells share it.
 *
 * @param bold         bold font
 * @param fontPoints   font size
 * @param fontColor    {@code #rrggbb}, or {@code null} for the default
 * @param fill         {@code #rrggbb}, or {@code null} for none
 * @param wrap         wrap text within the cell
 * @param borders      thin borders on all sides
 * @param horizontal   horizontal alignment
 * @param vertical     vertical alignment
 * @param numberFormat Excel number format, or {@code null} for General
 */
record CellLook(boolean bold, int fontPoints, String fontColor, String fill, boolean wrap, boolean borders,
                HorizontalAlignment horizontal, VerticalAlignment vertical, String numberFormat) {

    static final int BODY_POINTS = 11;

    static final CellLook PLAIN = new CellLook(false, BODY_POINTS, null, null, false, false,
            HorizontalAlignment.GENERAL, VerticalAlignment.TOP, null);

    CellLook asBold() {
        return new CellLook(true, fontPoints, fontColor, fill, wrap, borders, horizontal, vertical, numberFormat);
    }

    CellLook withPoints(int points) {
        return new CellLook(bold, points, fontColor, fill, wrap, borders, horizontal, vertical, numberFormat);
    }

    CellLook withFontColor(String color) {
        return new CellLook(bold, fontPoints, color, fill, wrap, borders, horizontal, vertical, numberFormat);
    }

    CellLook withFill(String color) {
        return new CellLook(bold, fontPoints, fontColor, color, wrap, borders, horizontal, vertical, numberFormat);
    }

    CellLook asWrapped() {
        return new CellLook(bold, fontPoints, fontColor, fill, true, borders, horizontal, vertical, numberFormat);
    }

    CellLook asBordered() {
        return new CellLook(bold, fontPoints, fontColor, fill, wrap, true, horizontal, vertical, numberFormat);
    }

    CellLook withAlignment(HorizontalAlignment h, VerticalAlignment v) {
        return new CellLook(bold, fontPoints, fontColor, fill, wrap, borders, h, v, numberFormat);
    }

    CellLook withFormat(String format) {
        return new CellLook(bold, fontPoints, fontColor, fill, wrap, borders, horizontal, vertical, format);
    }
}
