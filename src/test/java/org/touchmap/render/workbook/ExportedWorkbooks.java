package org.touchmap.render.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;

/** The bundled samples, exported and read back with POI as a spreadsheet program would. */
final class ExportedWorkbooks {
    static final Locale ENGLISH = Locale.ROOT;
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final Locale SERBIAN = Locale.forLanguageTag("sr");

    private ExportedWorkbooks() {
    }

    /** The medical-clinic sample in a language: {@code ""}, {@code "ru"} or {@code "sr"}. */
    static JourneyMap sample(String language) throws MapFileException {
        String name = language.isEmpty() ? "medical-clinic.cjm" : "medical-clinic." + language + ".cjm";
        return MapFiles.load(Path.of(System.getProperty("touchmap.samples", "assets/samples")).resolve(name));
    }

    static Path export(JourneyMap map, Locale locale, Path file) throws IOException {
        WorkbookExport.write(map, locale, file);
        return file;
    }

    /** Opens a workbook for reading; the caller closes it, which never writes. */
    static XSSFWorkbook open(Path file) throws IOException {
        try {
            return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** Every string cell's text, row by row. */
    static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    /** The 0-based index of the header cell with this text in the sheet's first row. */
    static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + header + " in " + sheet.getSheetName());
    }
}
