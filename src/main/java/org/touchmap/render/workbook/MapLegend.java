package org.touchmap.render.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.touchmap.io.xlsx.TouchpointColumns;
import org.touchmap.model.Rating;

/** The legend under the {@code Map} sheet's grid: what each colour and sign means, and the key point star. */
final class MapLegend {
    private static final List<Rating> ORDER = Rating.DISPLAY_ORDER;
    /** Width of legend cells right of the grid, on maps with fewer stages than legend items. */
    private static final int ITEM_CHARS = 18;

    private final SheetContext context;
    private final RowHeights heights;

    MapLegend(SheetContext context, RowHeights heights) {
        this.context = context;
        this.heights = heights;
    }

    void write(Row row) {
        Sheet sheet = row.getSheet();
        int stageColumns = context.map().stages().size();
        context.cells().text(row, 0, context.text().get("map.legend"), Looks.TEXT.asBold());
        int column = 1;
        for (Rating rating : ORDER) {
            String word = CardText.sign(rating) + " " + TouchpointColumns.ratingWord(rating, context.locale());
            context.cells().text(row, column, word, CardText.look(rating));
            heights.note(word, widthOf(sheet, column++, stageColumns));
        }
        String keyPoint = CardText.KEY_POINT_MARK + " " + context.text().get("map.keyPoint");
        context.cells().text(row, column, keyPoint, CellLook.PLAIN.asBordered().asWrapped());
        heights.note(keyPoint, widthOf(sheet, column, stageColumns));
        row.setHeightInPoints(heights.take(1));
    }

    /**
     * The width in characters of a legend cell. A map with few stages has no wide columns under
     * the whole legend; those beyond the grid get room.
     */
    private static int widthOf(Sheet sheet, int column, int stageColumns) {
        if (column > stageColumns) {
            sheet.setColumnWidth(column, ITEM_CHARS * 256);
            return ITEM_CHARS;
        }
        return MapSheet.STAGE_COLUMN_CHARS;
    }
}
