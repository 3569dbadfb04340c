package org.touchmap.render.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapElement;

/**
 * The {@code Chains} sheet: one row per link, in each chain's order, with the names people read
 * and the ids that tell apart two cards of the same name. A chain without links has one row of
 * its name and id and no step, so the sheet still shows that it exists.
 */
final class ChainsSheet {
    private static final List<String> HEADERS = List.of("chains.chain", "chains.position", "chains.from", "chains.to",
            "chains.chainId", "chains.fromId", "chains.toId");
    private static final int[] WIDTHS = {22, 7, 28, 28, 14, 14, 14};

    private final SheetContext context;
    private final Sheet sheet;

    ChainsSheet(SheetContext context, Sheet sheet) {
        this.context = context;
        this.sheet = sheet;
    }

    void write() {
        HeaderCells header = new HeaderCells(context, sheet);
        for (int i = 0; i < HEADERS.size(); i++) {
            header.add(i, context.text().get(HEADERS.get(i)), WIDTHS[i], Looks.HEADER);
        }
        int[] widths = header.finish();
        int rowIndex = 1;
        JourneyMap map = context.map();
        for (Chain chain : map.chains()) {
            List<ChainLink> links = chain.links();
            if (links.isEmpty()) {
                Row row = sheet.createRow(rowIndex++);
                context.cells().text(row, 0, chain.name(), Looks.WRAPPED);
                context.cells().text(row, 4, chain.id(), Looks.WRAPPED_MUTED);
            }
            for (int position = 0; position < links.size(); position++) {
                ChainLink link = links.get(position);
                Row row = sheet.createRow(rowIndex++);
                context.cells().text(row, 0, chain.name(), Looks.WRAPPED);
                context.cells().number(row, 1, position + 1, Looks.number("0"));
                context.cells().text(row, 2, nameOf(link.from()), Looks.WRAPPED);
                context.cells().text(row, 3, nameOf(link.to()), Looks.WRAPPED);
                context.cells().text(row, 4, chain.id(), Looks.WRAPPED_MUTED);
                context.cells().text(row, 5, link.from(), Looks.WRAPPED_MUTED);
                context.cells().text(row, 6, link.to(), Looks.WRAPPED_MUTED);
                RowHeights.fit(row, widths);
            }
        }
        sheet.createFreezePane(0, 1);
        PrintLayout.table(sheet, 1, widths, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rowIndex - 1), 0, HEADERS.size() - 1));
    }

    private String nameOf(String touchpointId) {
        return context.map().findTouchpoint(touchpointId).map(MapElement::name).orElse(touchpointId);
    }
}
