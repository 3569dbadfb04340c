package org.touchmap.render.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Exported workbooks changed as a person changes them in Excel: a cell found by card id and column header. */
public final class EditedWorkbooks {
    private EditedWorkbooks() {
    }

    /** Copies {@code exported} to {@code copy} with its Touchpoints sheet changed by {@code edit}. */
    public static Path edit(Path exported, Path copy, Consumer<Sheet> edit) throws IOException {
        return editWorkbook(exported, copy, workbook -> edit.accept(workbook.getSheet("Touchpoints")));
    }

    /** Copies {@code exported} to {@code copy} with the workbook changed by {@code edit}: any sheet, or sheets removed. */
    public static Path editWorkbook(Path exported, Path copy, Consumer<XSSFWorkbook> edit) throws IOException {
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook workbook = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(copy)) {
            edit.accept(workbook);
            workbook.write(out);
        }
        return copy;
    }

    /** The cell of the touchpoint (or, on the Notes sheet, the note) {@code id} under {@code header}, made if the row has none there. */
    public static Cell cell(Sheet sheet, String id, String header) {
        int column = ExportedWorkbooks.column(sheet, header);
        for (Row row : sheet) {
            Cell idCell = row.getCell(0);
            if (idCell != null && idCell.getStringCellValue().equals(id)) {
                Cell cell = row.getCell(column);
                return cell != null ? cell : row.createCell(column);
            }
        }
        throw new AssertionError("No row " + id);
    }
}
