package org.touchmap.render.workbook;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchmap.layout.Contrast;
import org.touchmap.layout.Palette;
import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.render.workbook.ExportedWorkbooks.*;

/** The workbook as a manager prints it: every sheet one page wide, headers on each page, readable fills. */
class WorkbookPrintingTest {
    @TempDir
    Path folder;

    @Test
    void everySheetPrintsOnePageWideSoNoRowIsSplitAcrossPages() throws Exception {
        try (XSSFWorkbook workbook = open(export(sample(""), ENGLISH, folder.resolve("clinic.xlsx")))) {
            for (Sheet sheet : workbook) {
                assertTrue(sheet.getFitToPage(), sheet.getSheetName());
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), sheet.getSheetName() + " is one page wide");
                assertEquals(0, sheet.getPrintSetup().getFitHeight(), sheet.getSheetName() + " is as tall as it takes");
            }
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
    void wideTablesTurnThePageAndNarrowOnesStayUpright() throws Exception {
        try (XSSFWorkbook workbook = open(export(sample(""), ENGLISH, folder.resolve("clinic.xlsx")))) {
            assertTrue(workbook.getSheet("Touchpoints").getPrintSetup().getLandscape());
            assertTrue(workbook.getSheet("Map").getPrintSetup().getLandscape());
        }
        assertFalse(PrintLayout.isWide(PrintLayout.PORTRAIT_CHARS));
        assertTrue(PrintLayout.isWide(PrintLayout.PORTRAIT_CHARS + 1));
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

    private static String textColour(XSSFFont font) {
        XSSFColor colour = font.getXSSFColor();
        return colour == null || colour.getARGBHex() == null ? "#000000" : hex(colour);
    }

    private static String hex(XSSFColor colour) {
        return "#" + colour.getARGBHex().substring(2).toLowerCase(Locale.ROOT);
    }
}
