package org.touchmap.render.workbook;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook with the export's shared strings table, which stays on disk from the
 * first string to the finished file (ADR 0015), so memory does not grow with the map.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
    /**
     * Text goes into the shared strings table, as Excel and LibreOffice write it, not inline: POI
     * edits an inline string cell by adding a second value that Excel ignores, so a script that
     * edits the exported file with POI would change nothing a person sees (ADR 0007).
     */
    private static final boolean SHARED_STRINGS = true;
    /**
     * The temporary sheet files are not compressed: that cost processor time on every row, and
     * they are deleted seconds later (a 20,000-card map's take a few tens of MB meanwhile).
     */
    private static final boolean COMPRESS_TEMPORARY_FILES = false;

    private final DiskSharedStrings strings;

    StreamingWorkbook(DiskSharedStrings strings, int rowsInMemory) {
        super(new XSSFWorkbook(new SharedStringsFactory(strings)), rowsInMemory, COMPRESS_TEMPORARY_FILES,
                SHARED_STRINGS);
        this.strings = strings;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SharedStringsSheetWriter(strings);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new SharedStringsZip(out, strings);
        zip.setUseZip64(zip64Mode);
        return zip;
    }
}
