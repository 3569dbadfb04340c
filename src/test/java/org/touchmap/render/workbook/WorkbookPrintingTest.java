package org.touchmap.render.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.io.xlsx.ColumnRule;
import org.touchmap.io.xlsx.TouchpointColumn;
import org.touchmap.io.xlsx.TouchpointColumns;
import org.touchmap.layout.Contrast;
import org.touchmap.layout.Palette;
import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.render.workbook.ExportedWorkbooks.*;

/**
 * The workbook as a manager prints it: every sheet on A4 at a readable scale, several pages wide
 * with the id and name on each when a table is too wide, headers on each page, text wrapped in its
 * column, header words whole, readable fills.
 */
class WorkbookPrintingTest {
    private static final Locale[] LOCALES = {ENGLISH, RUSSIAN, SERBIAN};

    @TempDir
    Path folder;

    /** A4 less 0.4-inch margins, in characters of the body font as LibreOffice prints them with DejaVu Sans. */
    private static final double PORTRAIT_CHARS = (595.3 - 57.6) / 7.2;
    private static final double LANDSCAPE_CHARS = (841.9 - 57.6) / 7.2;
    private static final int READABLE_PERCENT = 65;

    @Test
    void everySheetPrintsOnA4AtAReadableScaleInEveryLanguage() throws Exception {
        for (Locale locale : LOCALES) {
            try (XSSFWorkbook workbook = open(export(sample(language(locale)), locale, file(locale)))) {
                for (Sheet sheet : workbook) {
                    String name = locale + " " + sheet.getSheetName();
                    assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize(), name);
                    double pageChars = sheet.getPrintSetup().getLandscape() ? LANDSCAPE_CHARS : PORTRAIT_CHARS;
                    int[] widths = visibleWidths(sheet);
                    if (sheet.getFitToPage()) {
                        assertEquals(1, sheet.getPrintSetup().getFitWidth(), name + " is one page wide");
                        assertEquals(0, sheet.getPrintSetup().getFitHeight(), name + " is as tall as it takes");
                        double scale = Math.min(100, 100 * pageChars / IntStream.of(widths).sum());
                        assertTrue(scale >= READABLE_PERCENT, name + " would print at " + scale + " %");
                    } else {
                        int scale = sheet.getPrintSetup().getScale();
                        assertTrue(scale >= READABLE_PERCENT, name + " prints at " + scale + " %");
                        for (int pageWidth : pageWidths(sheet, widths)) {
                            assertTrue(pageWidth * scale / 100.0 <= pageChars,
                                    name + ": a page of " + pageWidth + " characters does not fit at " + scale + " %");
                        }
                    }
                }
            }
        }
    }

    @Test
    void wideSheetsPrintSeveralPagesWideWithIdAndNameOnEveryPage() throws Exception {
        try (XSSFWorkbook workbook = open(export(sample(""), ENGLISH, folder.resolve("clinic.xlsx")))) {
            for (String name : new String[] {"Touchpoints", "Criteria"}) {
                Sheet sheet = workbook.getSheet(name);
                assertFalse(sheet.getFitToPage(), name + " is too wide for one readable page");
                assertTrue(sheet.getColumnBreaks().length >= 1, name);
                assertTrue(sheet.getPrintSetup().getLandscape(), name);
                assertEquals(new CellRangeAddress(-1, -1, 0, 1), sheet.getRepeatingColumns(), name);
                assertEquals(new CellRangeAddress(0, 0, -1, -1), sheet.getRepeatingRows(), name);
            }
            assertTrue(workbook.getSheet("Analysis").getFitToPage(), "a row of the analysis stays on one page");
        }
    }

    @Test
    void tablesRepeatTheirHeaderRowOnEveryPage() throws Exception {
        try (XSSFWorkbook workbook = open(export(sample(""), ENGLISH, folder.resolve("clinic.xlsx")))) {
            for (String name : new String[] {"Touchpoints", "Chains", "Stages", "Criteria"}) {
                assertEquals(new CellRangeAddress(0, 0, -1, -1), workbook.getSheet(name).getRepeatingRows(), name);
            }
        }
    }

    @Test
    void textInTablesWrapsWithinItsColumnAndRowsGrowToFitIt() throws Exception {
        try (XSSFWorkbook workbook = open(export(sample(""), ENGLISH, folder.resolve("clinic.xlsx")))) {
            for (String name : new String[] {"Touchpoints", "Chains", "Stages", "Criteria", "Analysis"}) {
                Sheet sheet = workbook.getSheet(name);
                int texts = 0;
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && !isSectionHeading(cell)) {
                            texts++;
                            assertTrue(cell.getCellStyle().getWrapText(), name + "!" + cell.getAddress() + " wraps");
                        }
                    }
                    if (row.getRowNum() > 0 && name.equals("Touchpoints")) {
                        int description = column(sheet, "Description");
                        String text = row.getCell(description).getStringCellValue();
                        int lines = (int) Math.ceil(text.length() / (double) (sheet.getColumnWidth(description) / 256));
                        assertTrue(row.getHeightInPoints() >= lines * RowHeights.LINE_POINTS, "row "
                                + (row.getRowNum() + 1) + " is " + row.getHeightInPoints() + " pt for " + lines + " lines");
                    }
                }
                assertTrue(texts > 10, name);
            }
        }
    }

    @Test
    void everyHeaderColumnHoldsItsLongestWordOnOneLineInEveryLanguage() throws Exception {
        for (Locale locale : LOCALES) {
            try (XSSFWorkbook workbook = open(export(sample(language(locale)), locale, file(locale)))) {
                int headers = 0;
                for (Sheet sheet : workbook) {
                    if (sheet.getSheetName().equals("Map")) {
                        continue;
                    }
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                            if (cell.getCellType() != CellType.STRING || !style.getFont().getBold()
                                    || style.getFillForegroundColorColor() == null
                                    || sheet.isColumnHidden(cell.getColumnIndex())) {
                                continue;
                            }
                            headers++;
                            int width = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
                            String text = cell.getStringCellValue();
                            assertTrue(width >= HeaderWords.widthChars(text), locale + " " + sheet.getSheetName() + "!"
                                    + cell.getAddress() + " \"" + text + "\" is " + width + " characters wide");
                        }
                    }
                }
                assertTrue(headers > 60, locale + ": the check saw the headers: " + headers);
            }
        }
    }

    @Test
    void everyWordOfAChoiceColumnFitsItsColumnSoNoneIsBrokenInEveryLanguage() throws Exception {
        for (Locale locale : LOCALES) {
            try (XSSFWorkbook workbook = open(export(sample(language(locale)), locale, file(locale)))) {
                Sheet sheet = workbook.getSheet("Touchpoints");
                for (TouchpointColumn<?> column : TouchpointColumns.all()) {
                    if (column.rule(locale) instanceof ColumnRule.Choices choices) {
                        int width = sheet.getColumnWidth(column(sheet, column.header(locale))) / 256;
                        for (String word : choices.words()) {
                            assertTrue(width >= HeaderWords.widthChars(word),
                                    locale + " " + column.key() + ": \"" + word + "\" in " + width + " characters");
                        }
                    }
                }
            }
        }
    }

    @Test
    void aHeaderWordIsMeasuredAtLeastAsWideAsItsLetters() {
        assertTrue(HeaderWords.widthChars("Функциональность") >= 17, "16 bold letters and the cell's margins");
        assertEquals(HeaderWords.widthChars("Средняя"), HeaderWords.widthChars("Средняя оценка"),
                "only the longest word counts, the others wrap");
        assertTrue(HeaderWords.widthChars("Ш") > HeaderWords.widthChars("i"));
    }

    @Test
    void everyFilledCellWithTextMeetsWcagAaContrast() throws Exception {
        for (Locale locale : new Locale[] {ENGLISH, RUSSIAN}) {
            String language = locale == ENGLISH ? "" : locale.getLanguage();
            try (XSSFWorkbook workbook = open(export(sample(language), locale, folder.resolve(language + "x.xlsx")))) {
                int filled = 0;
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                            XSSFColor fill = style.getFillForegroundColorColor();
                            if (fill == null || cell.toString().isBlank()) {
                                continue;
                            }
                            filled++;
                            double ratio = Contrast.ratio(hex(fill), textColour(style.getFont()));
                            assertTrue(ratio >= Contrast.AA_TEXT, sheet.getSheetName() + "!" + cell.getAddress()
                                    + " \"" + cell + "\" has contrast " + ratio);
                        }
                    }
                }
                assertTrue(filled > 20, "the check saw the rating cells: " + filled);
            }
        }
    }

    @Test
    void ratingTintsKeepTheRatingsApartAndReadableUnderDarkText() {
        for (Rating rating : Rating.values()) {
            assertTrue(Contrast.ratio(Palette.ratingTint(rating), Palette.TEXT) >= Contrast.AA_TEXT, rating.name());
        }
        assertNotEquals(Palette.ratingTint(Rating.POSITIVE), Palette.ratingTint(Rating.NEGATIVE));
        assertNotEquals(Palette.ratingTint(Rating.NEUTRAL), Palette.ratingTint(Rating.UNRATED));
        assertTrue(Contrast.ratio(Palette.NEGATIVE, Palette.TEXT) < Contrast.AA_TEXT,
                "the saturated colour is why cells use the tint");
    }

    private Path file(Locale locale) {
        return folder.resolve("clinic-" + locale.toLanguageTag() + ".xlsx");
    }

    private static String language(Locale locale) {
        return locale == ENGLISH ? "" : locale.getLanguage();
    }

    private static boolean isSectionHeading(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFont().getFontHeightInPoints() > CellLook.BODY_POINTS;
    }

    /** The widths in characters of the columns up to the last visible one with a cell, hidden ones as 0. */
    private static int[] visibleWidths(Sheet sheet) {
        int last = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!sheet.isColumnHidden(cell.getColumnIndex())) {
                    last = Math.max(last, cell.getColumnIndex() + 1);
                }
            }
        }
        int[] widths = new int[last];
        for (int i = 0; i < last; i++) {
            widths[i] = sheet.isColumnHidden(i) ? 0 : sheet.getColumnWidth(i) / 256;
        }
        return widths;
    }

    /** The width of every printed page: the repeated columns, then the page's own, up to each column break. */
    private static List<Integer> pageWidths(Sheet sheet, int[] widths) {
        CellRangeAddress repeated = sheet.getRepeatingColumns();
        int repeatedWidth = 0;
        int firstOwn = 0;
        if (repeated != null) {
            for (int i = repeated.getFirstColumn(); i <= repeated.getLastColumn(); i++) {
                repeatedWidth += widths[i];
            }
            firstOwn = repeated.getLastColumn() + 1;
        }
        List<Integer> pages = new ArrayList<>();
        int start = firstOwn;
        List<Integer> ends = new ArrayList<>();
        IntStream.of(sheet.getColumnBreaks()).sorted().forEach(ends::add);
        ends.add(widths.length - 1);
        for (int end : ends) {
            int width = repeatedWidth;
            for (int i = start; i <= end; i++) {
                width += widths[i];
            }
            pages.add(width);
            start = end + 1;
        }
        return pages;
    }

    private static String textColour(XSSFFont font) {
        XSSFColor colour = font.getXSSFColor();
        return colour == null || colour.getARGBHex() == null ? "#000000" : hex(colour);
    }

    private static String hex(XSSFColor colour) {
        return "#" + colour.getARGBHex().substring(2).toLowerCase(Locale.ROOT);
    }
}
