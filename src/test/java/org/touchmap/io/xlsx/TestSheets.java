package org.touchmap.io.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks written cell by cell with POI, as another program or a person would leave them. */
final class TestSheets {
    /** A formula cell and the value it showed when the file was saved. */
    record Formula(String formula, String cachedText) {
    }

    private TestSheets() {
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** A workbook with one sheet called {@code Touchpoints} holding {@code rows}; {@code null} cells stay empty. */
    static Path touchpoints(Path file, List<List<Object>> rows) throws IOException {
        return sheet(file, WorkbookSheets.TOUCHPOINTS, rows);
    }

    static Path sheet(Path file, String sheetName, List<List<Object>> rows) throws IOException {
        return sheets(file, Map.of(sheetName, rows));
    }

    /** A workbook with a sheet per entry, in the map's order; {@code null} cells stay empty. */
    static Path sheets(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                List<List<Object>> rows = entry.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        put(row, c, values.get(c));
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static void put(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof Formula formula) {
            cell.setCellFormula(formula.formula());
            cell.setCellValue(formula.cachedText());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
