package org.touchmap.render.workbook;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.touchmap.layout.Palette;

/**
 * The workbook's cell styles, one per {@link CellLook} and quote-prefix flag. A workbook holds at
 * most 64,000 styles, so cells never get a style of their own.
 */
final class CellStyles {
    private record Key(CellLook look, boolean quotePrefixed) {
    }

    private record FontKey(boolean bold, int points, String color) {
    }

    /**
     * The inner margin of a left- or right-aligned cell, in indent steps (three spaces in
     * LibreOffice, about as much in Excel): a name keeps clear of the border, and a number clear of
     * the text in the next column.
     */
    static final short INDENT = 1;

    private final Workbook workbook;
    private final Map<Key, CellStyle> styles = new HashMap<>();
    private final Map<FontKey, XSSFFont> fonts = new HashMap<>();

    CellStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    /**
     * The style for a look. A quote-prefixed style makes Excel and LibreOffice show a text that
     * starts like a formula as text, and keep it text when the cell is edited.
     */
    CellStyle get(CellLook look, boolean quotePrefixed) {
        return styles.computeIfAbsent(new Key(look, quotePrefixed), this::create);
    }

    private CellStyle create(Key key) {
        CellLook look = key.look();
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setFont(font(new FontKey(look.bold(), look.fontPoints(), look.fontColor())));
        style.setWrapText(look.wrap());
        style.setAlignment(look.horizontal());
        if (look.horizontal() == HorizontalAlignment.LEFT || look.horizontal() == HorizontalAlignment.RIGHT) {
            style.setIndention(INDENT);
        }
        style.setVerticalAlignment(look.vertical());
        style.setQuotePrefixed(key.quotePrefixed());
        if (look.fill() != null) {
            style.setFillForegroundColor(color(look.fill()));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (look.borders()) {
            XSSFColor border = color(Palette.CARD_BORDER);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setTopBorderColor(border);
            style.setBottomBorderColor(border);
            style.setLeftBorderColor(border);
            style.setRightBorderColor(border);
        }
        if (look.numberFormat() != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(look.numberFormat()));
        }
        return style;
    }

    private XSSFFont font(FontKey key) {
        return fonts.computeIfAbsent(key, k -> {
            XSSFFont font = (XSSFFont) workbook.createFont();
            font.setBold(k.bold());
            font.setFontHeightInPoints((short) k.points());
            if (k.color() != null) {
                font.setColor(color(k.color()));
            }
            return font;
        });
    }

    /** An {@code #rrggbb} colour as the workbook stores it. */
    static XSSFColor color(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new XSSFColor(new byte[]{(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
    }
}
