package org.touchmap.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.IntPredicate;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.touchmap.io.MapFileException;
import org.touchmap.io.ProblemKind;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Opens a workbook for reading only and streams its {@code Touchpoints} sheet (and its {@code Notes}
 * sheet when it has one), after checking
 * that the file is an xlsx of a sane size. Every XML part goes through POI's hardened parsers,
 * which refuse a DOCTYPE and so never resolve an external entity.
 */
final class WorkbookFile {
    private WorkbookFile() {
    }

    /**
     * Streams the {@code Touchpoints} sheet to {@code touchpoints}, then the {@code Notes} sheet, when
     * the workbook has one, to {@code notes}; returns whether it had one. A workbook without a
     * Touchpoints sheet is refused.
     */
    static boolean stream(Path file, WorkbookLimits limits, RowSink touchpoints, RowSink notes)
            throws MapFileException {
        String name = file.toString();
        checkFile(file, name, limits);
        applyZipLimits(limits);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException | LinkageError e) {
            // A LinkageError: a part packed with a method whose optional codec is not bundled (Zstandard, XZ).
            throw WorkbookFailures.translate(name, e, limits);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            InputStream sheet = sheetNamed(reader, WorkbookSheets.TOUCHPOINTS);
            if (sheet == null) {
                throw MapFileException.of(name, ProblemKind.WORKBOOK_NO_TOUCHPOINTS_SHEET);
            }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            IntPredicate dateStyles = DateStyles.of(reader);
            parse(sheet, new SheetXmlHandler(strings, dateStyles, touchpoints, limits.maxRows()));
            InputStream notesSheet = sheetNamed(reader, WorkbookSheets.NOTES);
            if (notesSheet == null) {
                return false;
            }
            parse(notesSheet, new SheetXmlHandler(strings, dateStyles, notes, limits.maxRows()));
            return true;
        } catch (MapFileException | SheetImport.StopReading e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException
                 | LinkageError e) {
            throw WorkbookFailures.translate(name, e, limits);
        } finally {
            pkg.revert();
        }
    }

    private static void parse(InputStream sheet, SheetXmlHandler handler) throws IOException, SAXException,
            ParserConfigurationException {
        try (InputStream in = sheet) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        }
    }

    /** The sheet of that name, its stream for the caller to close; {@code null} when the workbook has none. */
    private static InputStream sheetNamed(XSSFReader reader, String sheetName) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            InputStream sheet = sheets.next();
            if (sheetName.equalsIgnoreCase(sheets.getSheetName())) {
                return sheet;
            }
            sheet.close();
        }
        return null;
    }

    private static void checkFile(Path file, String name, WorkbookLimits limits) throws MapFileException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw MapFileException.of(name, ProblemKind.WORKBOOK_IS_FOLDER);
            }
            if (!attributes.isRegularFile()) {
                throw MapFileException.of(name, ProblemKind.WORKBOOK_NOT_REGULAR);
            }
            if (attributes.size() > limits.maxFileBytes()) {
                throw MapFileException.of(name, ProblemKind.WORKBOOK_TOO_LARGE, Long.toString(attributes.size()),
                        Long.toString(limits.maxFileBytes()));
            }
            FileMagic magic;
            try (InputStream in = Files.newInputStream(file)) {
                magic = FileMagic.valueOf(in.readNBytes(8));
            }
            if (magic == FileMagic.OLE2) {
                throw MapFileException.of(name, ProblemKind.WORKBOOK_OLD_FORMAT);
            }
            if (magic != FileMagic.OOXML) {
                throw MapFileException.of(name, ProblemKind.WORKBOOK_NOT_XLSX);
            }
        } catch (NoSuchFileException e) {
            throw MapFileException.of(name, e, ProblemKind.FILE_MISSING);
        } catch (IOException e) {
            throw MapFileException.of(name, e, ProblemKind.FILE_UNREADABLE, MessageValues.quote(String.valueOf(e.getMessage())));
        }
    }

    /**
     * POI keeps these limits for the whole process. Only the import reads workbooks, and it sets
     * the same values every time, so nothing else is affected.
     */
    private static synchronized void applyZipLimits(WorkbookLimits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxPartBytes());
    }
}
