package org.touchmap.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

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
 * Opens a workbook for reading only and streams its {@code Touchpoints} sheet, after checking
 * that the file is an xlsx of a sane size. Every XML part goes through POI's hardened parsers,
 * which refuse a DOCTYPE and so never resolve an external entity.
 */
final class WorkbookFile {
    private WorkbookFile() {
    }

    static void streamTouchpoints(Path file, WorkbookLimits limits, RowSink sink) throws MapFileException {
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
            InputStream sheet = touchpointsSheet(reader, name);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            try (InputStream in = sheet) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetXmlHandler(strings, DateStyles.of(reader), sink, limits.maxRows()));
                xml.parse(new InputSource(in));
            }
        } catch (MapFileException | SheetImport.StopReading e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException
                 | LinkageError e) {
            throw WorkbookFailures.translate(name, e, limits);
        } finally {
            pkg.revert();
        }
    }

    private static InputStream touchpointsSheet(XSSFReader reader, String name) throws IOException, OpenXML4JException,
            MapFileException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            InputStream sheet = sheets.next();
            if (WorkbookSheets.TOUCHPOINTS.equalsIgnoreCase(sheets.getSheetName())) {
                return sheet;
            }
            sheet.close();
        }
        throw MapFileException.of(name, ProblemKind.WORKBOOK_NO_TOUCHPOINTS_SHEET);
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
