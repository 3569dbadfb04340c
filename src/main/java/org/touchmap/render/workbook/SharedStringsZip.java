package org.touchmap.render.workbook;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The finished workbook's zip, into which the shared strings go straight from their temporary
 * file: POI first writes the workbook's other parts into a package held in memory, where the table
 * would sit whole, and then copies them here; that copy of the table is only a placeholder.
 */
final class SharedStringsZip extends ZipArchiveOutputStream {
    static final String PART_NAME = "xl/sharedStrings.xml";

    private final DiskSharedStrings strings;
    private boolean droppingPlaceholder;

    SharedStringsZip(OutputStream out, DiskSharedStrings strings) {
        super(out);
        this.strings = strings;
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        if (!entry.getName().equals(PART_NAME)) {
            super.putArchiveEntry(entry);
            return;
        }
        // The placeholder's size came with the entry; the real table is larger.
        ZipArchiveEntry table = new ZipArchiveEntry(PART_NAME);
        table.setTime(entry.getTime());
        super.putArchiveEntry(table);
        droppingPlaceholder = true;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (!droppingPlaceholder) {
            super.write(bytes, offset, length);
        }
    }

    @Override
    public void closeArchiveEntry() throws IOException {
        if (droppingPlaceholder) {
            droppingPlaceholder = false;
            strings.writeTable(this);
        }
        super.closeArchiveEntry();
    }
}
