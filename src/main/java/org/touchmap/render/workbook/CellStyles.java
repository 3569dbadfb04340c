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
     * The inner margin of a left-aligned cell, in indent steps (three spaces in LibreOffice, about as
     * much in Excel), so a name keeps clear of the border; right-aligned numbers keep clear of it
     * through their format ({@link #clearOfTheRightBorder}).
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
        if (look.horizontal() == HorizontalAlignment.LEFT) {
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
        String format = look.horizontal() == HorizontalAlignment.RIGHT ? clearOfTheRightBorder(look.numberFormat())
                : look.numberFormat();
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }

    /**
     * The number format with room after the number as wide as a bracket ({@code _)}): LibreOffice
     * does not indent right-aligned cells, so this is how a number keeps clear of the border in both.
     * A format of several sections is left as it is.
     */
    static String clearOfTheRightBorder(String format) {
        String base = format == null ? "General" : format;
        return base.contains(";") || base.endsWith("_)") ? base : base + "_)";
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
