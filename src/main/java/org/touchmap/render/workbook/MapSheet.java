package org.touchmap.render.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.touchmap.layout.Palette;
import org.touchmap.model.Lane;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/**
 * The {@code Map} sheet: the grid as a manager would print it. The title on top, phases above the
 * stage names, lane names down the left; every card is a cell of its own, filled with its rating's
 * colour and marked with the rating's sign, so the grid also reads in black and white. A lane is
 * as many rows high as its fullest cell. Printed one page wide, or several with the lane names on
 * the left of each page when the stages are too many for a readable scale; headers on every page.
 */
final class MapSheet {
    private static final int LANE_COLUMN_CHARS = 18;
    static final int STAGE_COLUMN_CHARS = 26;
    private static final CellLook STAGE = Looks.HEADER.withAlignment(HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
    private static final CellLook PHASE = STAGE.withFill(Palette.PHASE_FILL);
    private static final CellLook LANE = Looks.HEADER.withFill(Palette.LANE_HEADER_FILL)
            .withAlignment(HorizontalAlignment.LEFT, VerticalAlignment.TOP);
    private static final CellLook EMPTY = CellLook.PLAIN.asBordered();

    private final SheetContext context;
    private final Sheet sheet;
    private final RowHeights heights = new RowHeights();
    private int nextRow;

    MapSheet(SheetContext context, Sheet sheet) {
        this.context = context;
        this.sheet = sheet;
    }

    void write() {
        List<Stage> stages = context.map().stages();
        int lastColumn = Math.max(1, stages.size());
        sheet.setColumnWidth(0, LANE_COLUMN_CHARS * 256);
        for (int i = 1; i <= stages.size(); i++) {
            sheet.setColumnWidth(i, STAGE_COLUMN_CHARS * 256);
        }
        writeTitle(lastColumn);
        if (stages.stream().anyMatch(s -> s.phase() != null)) {
            writePhases(stages);
        }
        writeStageNames(stages);
        int headerRows = nextRow;
        for (Lane lane : context.map().lanes()) {
            writeLane(lane, stages);
        }
        nextRow++;
        new MapLegend(context, heights).write(sheet.createRow(nextRow));
        setUpPrinting(headerRows);
    }

    private void writeTitle(int lastColumn) {
        Row row = sheet.createRow(nextRow);
        row.setHeightInPoints(28);
        context.cells().text(row, 0, context.map().title(), Looks.TITLE);
        if (lastColumn > 0) {
            sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, 0, lastColumn));
        }
        nextRow++;
    }

    private void writePhases(List<Stage> stages) {
        Row row = sheet.createRow(nextRow);
        context.cells().blank(row, 0, PHASE);
        int start = 0;
        while (start < stages.size()) {
            String phase = stages.get(start).phase();
            int end = start;
            while (end + 1 < stages.size() && phase != null && phase.equals(stages.get(end + 1).phase())) {
                end++;
            }
            for (int i = start; i <= end; i++) {
                if (i == start && phase != null) {
                    context.cells().text(row, i + 1, phase, PHASE);
                } else {
                    context.cells().blank(row, i + 1, PHASE);
                }
            }
            if (end > start) {
                sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, start + 1, end + 1));
            }
            start = end + 1;
        }
        nextRow++;
    }

    private void writeStageNames(List<Stage> stages) {
        Row row = sheet.createRow(nextRow);
        context.cells().blank(row, 0, STAGE);
        for (int i = 0; i < stages.size(); i++) {
            context.cells().text(row, i + 1, stages.get(i).name(), STAGE);
            heights.note(stages.get(i).name(), STAGE_COLUMN_CHARS);
        }
        row.setHeightInPoints(heights.take(2));
        nextRow++;
    }

    private void writeLane(Lane lane, List<Stage> stages) {
        Map<String, List<Touchpoint>> cells = cardsByStage(lane, stages);
        int rows = Math.max(1, cells.values().stream().mapToInt(List::size).max().orElse(0));
        int first = nextRow;
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(nextRow);
            if (r == 0) {
                context.cells().text(row, 0, lane.name(), LANE);
                heights.note(lane.name(), LANE_COLUMN_CHARS);
            } else {
                context.cells().blank(row, 0, LANE);
            }
            for (int s = 0; s < stages.size(); s++) {
                List<Touchpoint> cards = cells.get(stages.get(s).id());
                if (r < cards.size()) {
                    String text = CardText.of(cards.get(r));
                    context.cells().text(row, s + 1, text, CardText.look(cards.get(r)));
                    heights.note(text, STAGE_COLUMN_CHARS);
                } else {
                    context.cells().blank(row, s + 1, EMPTY);
                }
            }
            row.setHeightInPoints(heights.take(2));
            nextRow++;
        }
        if (rows > 1) {
            sheet.addMergedRegion(new CellRangeAddress(first, nextRow - 1, 0, 0));
        }
    }

    /** The lane's cards per stage, top to bottom as the canvas shows them. */
    private Map<String, List<Touchpoint>> cardsByStage(Lane lane, List<Stage> stages) {
        Map<String, List<Touchpoint>> cells = new LinkedHashMap<>();
        stages.forEach(stage -> cells.put(stage.id(), new ArrayList<>()));
        for (Touchpoint card : context.map().touchpoints()) {
            List<Touchpoint> cell = cells.get(card.stageId());
            if (card.laneId().equals(lane.id()) && cell != null) {
                cell.add(card);
            }
        }
        Comparator<Touchpoint> topToBottom = Comparator.comparingDouble(Touchpoint::y).thenComparingDouble(Touchpoint::x);
        cells.values().forEach(list -> list.sort(topToBottom));
        return cells;
    }

    private void setUpPrinting(int headerRows) {
        int[] widths = new int[context.map().stages().size() + 1];
        Arrays.fill(widths, STAGE_COLUMN_CHARS);
        widths[0] = LANE_COLUMN_CHARS;
        PrintLayout.table(sheet, headerRows, widths, 1);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter(context.text().format("map.footer", "&P", "&N"));
        sheet.createFreezePane(1, headerRows);
    }
}
