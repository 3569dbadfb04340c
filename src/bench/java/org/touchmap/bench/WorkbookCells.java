package org.touchmap.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.touchmap.model.JourneyMap;
import org.touchmap.render.workbook.WorkbookExport;

/**
 * Every cell value of the workbook Touchmap exports for a map, sheet by sheet, read back once;
 * the baseline writes exactly these values with bare POI, without styles, validation, merged
 * cells or layout, so the difference is what Touchmap adds around the cells.
 */
final class WorkbookCells {
    /** One sheet: its name and its rows, each cell a {@code String} or a {@code Double} (or null). */
    record SheetCells(String name, List<Object[]> rows) {
    }

    private final List<SheetCells> sheets;

    private WorkbookCells(List<SheetCells> sheets) {
        this.sheets = sheets;
    }

    static WorkbookCells of(JourneyMap map) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WorkbookExport.write(map, Locale.ENGLISH, bytes);
        List<SheetCells> sheets = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (Sheet sheet : workbook) {
                List<Object[]> rows = new ArrayList<>();
                for (Row row : sheet) {
                    Object[] values = new Object[Math.max(0, row.getLastCellNum())];
                    for (Cell cell : row) {
                        values[cell.getColumnIndex()] = cell.getCellType() == CellType.NUMERIC
                                ? (Object) cell.getNumericCellValue() : cell.toString();
                    }
                    while (rows.size() < row.getRowNum()) {
                        rows.add(new Object[0]);
                    }
                    rows.add(values);
                }
                sheets.add(new SheetCells(sheet.getSheetName(), rows));
            }
        }
        return new WorkbookCells(sheets);
    }

    /** The cells as plain serializable lists, for a bare program in another JVM: per sheet {name, rows}. */
    List<Object[]> asLists() {
        List<Object[]> lists = new ArrayList<>();
        for (SheetCells sheet : sheets) {
            lists.add(new Object[] {sheet.name(), new ArrayList<>(sheet.rows())});
        }
        return lists;
    }

    int cellCount() {
        int count = 0;
        for (SheetCells sheet : sheets) {
            for (Object[] row : sheet.rows()) {
                for (Object value : row) {
                    count += value == null ? 0 : 1;
                }
            }
        }
        return count;
    }

    /**
     * Writes the cells with POI's streaming workbook, keeping as many rows in memory as Touchmap
     * does and, like it, text in a shared strings table (POI's own) and temporary files
     * uncompressed.
     */
    void writeWithPoi(OutputStream out) throws IOException {
        writeWithPoi(sheets, out);
    }

    /** The sheets of {@link #asLists()} again, in another JVM. */
    @SuppressWarnings("unchecked")
    static List<SheetCells> fromLists(List<Object[]> lists) {
        return lists.stream().map(sheet -> new SheetCells((String) sheet[0], (List<Object[]>) sheet[1])).toList();
    }

    /** See {@link #writeWithPoi(OutputStream)}; touches nothing of Touchmap's, for the bare programs. */
    static void writeWithPoi(List<SheetCells> sheets, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, true);
        try {
            for (SheetCells cells : sheets) {
                Sheet sheet = workbook.createSheet(cells.name());
                int rowIndex = 0;
                for (Object[] values : cells.rows()) {
                    Row row = sheet.createRow(rowIndex++);
                    for (int c = 0; c < values.length; c++) {
                        if (values[c] instanceof Double number) {
                            row.createCell(c).setCellValue(number);
                        } else if (values[c] != null) {
                            row.createCell(c).setCellValue((String) values[c]);
                        }
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
