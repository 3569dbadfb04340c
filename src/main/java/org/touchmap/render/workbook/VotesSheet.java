package org.touchmap.render.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.touchmap.analysis.CardVotes;
import org.touchmap.analysis.VoteTally;
import org.touchmap.model.Ballot;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Stage;

/**
 * The {@code Votes} sheet, written only when the map has a dot vote: the cards with dots, most
 * first, with their stage, their total and one column of dots per participant, then the card's
 * id. It is for reading and reporting; the import never reads it.
 */
final class VotesSheet {
    static final String NAME = "Votes";
    private static final int WHOLE_WIDTH = 10;

    private final SheetContext context;
    private final Sheet sheet;

    VotesSheet(SheetContext context, Sheet sheet) {
        this.context = context;
        this.sheet = sheet;
    }

    /** Whether the map has dots to show; without them the workbook has no Votes sheet. */
    static boolean isNeeded(JourneyMap map) {
        return VoteTally.of(map).hasVotes();
    }

    void write() {
        JourneyMap map = context.map();
        List<Ballot> ballots = map.voting().ballots();
        HeaderCells header = new HeaderCells(context, sheet);
        header.add(0, context.text().get("votes.card"), 32, Looks.HEADER);
        header.add(1, context.text().get("votes.stage"), 22, Looks.HEADER);
        header.add(2, context.text().get("votes.total"), WHOLE_WIDTH, Looks.HEADER);
        for (int i = 0; i < ballots.size(); i++) {
            header.add(3 + i, ballots.get(i).participant(), WHOLE_WIDTH, Looks.HEADER);
        }
        int idColumn = 3 + ballots.size();
        header.add(idColumn, context.text().get("votes.id"), 16, Looks.HEADER);
        int[] widths = header.finish();

        CellLook whole = Looks.number("0");
        int rowIndex = 1;
        for (CardVotes votes : VoteTally.of(map).ranking()) {
            Row row = sheet.createRow(rowIndex++);
            context.cells().text(row, 0, votes.name(), Looks.WRAPPED);
            context.cells().text(row, 1, map.findStage(votes.stageId()).map(Stage::name).orElse(""), Looks.WRAPPED);
            context.cells().number(row, 2, votes.dots(), whole);
            for (int i = 0; i < ballots.size(); i++) {
                int dots = ballots.get(i).dotsOn(votes.touchpointId());
                if (dots > 0) {
                    context.cells().number(row, 3 + i, dots, whole);
                }
            }
            context.cells().text(row, idColumn, votes.touchpointId(), Looks.WRAPPED_MUTED);
            RowHeights.fit(row, widths);
        }
        sheet.createFreezePane(1, 1);
        PrintLayout.table(sheet, 1, widths, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rowIndex - 1), 0, idColumn));
    }
}
