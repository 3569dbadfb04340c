package org.touchmap.render.workbook;

import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes a sheet's rows to its temporary file as POI does, except a text cell, whose text goes to
 * the shared strings table directly: POI wraps every text in a rich-text XML object first, only to
 * read the text back out of it, which took more time than anything else in the export. The
 * export writes plain text only, never rich text with runs of their own formatting.
 */
final class SharedStringsSheetWriter extends SheetDataWriter {
    private final DiskSharedStrings strings;

    SharedStringsSheetWriter(DiskSharedStrings strings) throws IOException {
        super(strings);
        this.strings = strings;
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null || cell.getCellType() != CellType.STRING) {
            super.writeCell(columnIndex, cell);
            return;
        }
        _out.write("<c r=\"");
        _out.write(new CellReference(cell.getRowIndex(), columnIndex).formatAsString());
        _out.write('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            _out.write(" s=\"");
            _out.write(Integer.toString(style));
            _out.write('"');
        }
        _out.write(" t=\"s\"><v>");
        _out.write(Integer.toString(strings.indexOf(cell.getStringCellValue())));
        _out.write("</v></c>");
    }
}
