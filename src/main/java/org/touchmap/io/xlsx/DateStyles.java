package org.touchmap.io.xlsx;

import java.io.IOException;
import java.util.function.IntPredicate;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Which cell styles of a workbook show numbers as dates. A spreadsheet that took "15.03" or
 * "1-2" typed into a text cell for a date stores a number such as 45000; the import must say so
 * rather than put that number where the words were.
 */
final class DateStyles {
    private DateStyles() {
    }

    /** The test for a workbook; a workbook without readable styles has no date styles. */
    static IntPredicate of(XSSFReader reader) {
        StylesTable styles;
        try {
            styles = reader.getStylesTable();
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            // The styles only sharpen the messages about cells; the import reads on without them.
            return index -> false;
        }
        if (styles == null) {
            return index -> false;
        }
        int count = styles.getNumCellStyles();
        boolean[] dates = new boolean[count];
        for (int i = 0; i < count; i++) {
            XSSFCellStyle style = styles.getStyleAt(i);
            dates[i] = style != null && style.getDataFormatString() != null
                    && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        }
        return index -> index >= 0 && index < count && dates[index];
    }
}
