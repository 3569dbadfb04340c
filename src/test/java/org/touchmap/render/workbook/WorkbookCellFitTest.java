package org.touchmap.render.workbook;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;
import static org.touchmap.render.workbook.ExportedWorkbooks.*;

/**
 * How text sits in the workbook's cells when printed: clear of the borders and of the next column,
 * and header rows of every table as tall as their wrapped headers.
 */
class WorkbookCellFitTest {
    private static final Locale[] LOCALES = {ENGLISH, RUSSIAN, SERBIAN};

    @TempDir
    Path folder;

    @Test
    void everyTextAndNumberCellKeepsAnInnerMarginInEverySheetAndLanguage() throws Exception {
        for (Locale locale : LOCALES) {
            try (XSSFWorkbook workbook = open(export(sample(language(locale)), locale, file(locale)))) {
                int numbers = 0;
                int texts = 0;
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                            String where = locale + " " + sheet.getSheetName() + "!" + cell.getAddress() + " \"" + cell + "\"";
                            if (cell.getCellType() == CellType.NUMERIC) {
                                numbers++;
                                assertEquals(HorizontalAlignment.RIGHT, style.getAlignment(), where);
                                // LibreOffice does not indent right-aligned cells; the format leaves the room.
                                assertTrue(style.getDataFormatString().endsWith("_)"),
                                        where + " has no margin: " + style.getDataFormatString());
                            } else if (cell.getCellType() == CellType.STRING) {
                                texts++;
                                // Centred text keeps its distance from both borders by itself.
                                if (style.getAlignment() != HorizontalAlignment.CENTER) {
                                    assertEquals(HorizontalAlignment.LEFT, style.getAlignment(), where);
                                    assertTrue(style.getIndention() >= 1, where + " has no margin");
                                }
                            }
                        }
                    }
                }
                assertTrue(numbers > 20 && texts > 200, locale + ": the check saw the cells: " + numbers + ", " + texts);
            }
        }
    }

    @Test
    void everyHeaderRowOfEveryTableIsTallEnoughForItsWrappedHeadersInEveryLanguage() throws Exception {
        for (Locale locale : LOCALES) {
            try (XSSFWorkbook workbook = open(export(sample(language(locale)), locale, file(locale)))) {
                int headerRows = 0;
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        int lines = 0;
                        for (Cell cell : row) {
                            if (isHeader(cell) && !sheet.isColumnHidden(cell.getColumnIndex())) {
                                int width = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
                                lines = Math.max(lines, CellLines.of(cell.getStringCellValue(), width, true));
                            }
                        }
                        if (lines > 0) {
                            headerRows++;
                            assertTrue(row.getHeightInPoints() >= lines * RowHeights.LINE_POINTS,
                                    locale + " " + sheet.getSheetName() + " row " + (row.getRowNum() + 1) + " is "
                                            + row.getHeightInPoints() + " pt for " + lines + " lines of header");
                        }
                    }
                }
                assertTrue(headerRows >= 10, locale + ": the check saw the header rows of every table: " + headerRows);
            }
        }
    }

    @Test
    void noWordOfTheWorkbooksOwnVocabularyBreaksInsideItsColumnInAnyLanguage() throws Exception {
        for (Locale locale : LOCALES) {
            try (XSSFWorkbook workbook = open(export(sample(language(locale)), locale, file(locale)))) {
                java.util.List<String> broken = new java.util.ArrayList<>();
                int checked = 0;
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() != CellType.STRING || sheet.isColumnHidden(cell.getColumnIndex())) {
                                continue;
                            }
                            int width = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
                            for (String word : cell.getStringCellValue().split("\\s+")) {
                                checked++;
                                // Longer ones, such as web addresses, may break rather than widen their column.
                                if (!word.isEmpty() && word.length() <= 30 && CellLines.of(word, width, isBold(cell)) > 1) {
                                    broken.add(sheet.getSheetName() + "!" + cell.getAddress() + " «" + word + "» in " + width);
                                }
                            }
                        }
                    }
                }
                assertTrue(checked > 500, "the check saw the words");
                assertEquals(java.util.List.of(), broken, locale + ": words broken inside");
            }
        }
    }

    private static boolean isBold(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFont().getBold();
    }

    private static boolean isHeader(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        return cell.getCellType() == CellType.STRING && style.getFont().getBold()
                && style.getFillForegroundColorColor() != null;
    }

    private Path file(Locale locale) {
        return folder.resolve("clinic-" + locale.toLanguageTag() + ".xlsx");
    }

    private static String language(Locale locale) {
        return locale == ENGLISH ? "" : locale.getLanguage();
    }
}
