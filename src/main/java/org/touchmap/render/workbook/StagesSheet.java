package org.touchmap.render.workbook;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.touchmap.analysis.AnalysisReport;
import org.touchmap.analysis.FunnelStep;
import org.touchmap.analysis.StageAnalysis;
import org.touchmap.analysis.StageHealth;
import org.touchmap.analysis.StageNotes;
import org.touchmap.analysis.StageSummary;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Rating;

/**
 * The {@code Stages} sheet: per stage the touchpoints of each rating and the funnel, then the share
 * of negative touchpoints, the criteria average, the stage's health and the drop-off to the next
 * stage, from the same {@link AnalysisReport} the analysis panel shows, with a total row; then, for maps
 * with lanes of pain points or opportunities, how many of each the stage's notes hold. Numbers are values, not
 * formulas. Two hidden columns on the right hold the lane and channel names for the drop-downs.
 */
final class StagesSheet {
    private static final List<String> HEADERS = List.of("stages.stage", "stages.phase", "stages.positive",
            "stages.neutral", "stages.negative", "stages.unrated", "stages.total", "stages.visitors",
            "stages.conversion", "stages.shareNegative", "stages.criteriaAverage", "stages.health",
            "stages.dropOff");
    private static final List<Rating> RATINGS = Rating.DISPLAY_ORDER;
    private static final int[] WIDTHS = {20, 13, 12, 12, 12, 12, 8, 11, 13, 12, 12, 12, 12};
    private static final int LIST_CHARS = 24;
    private static final String COUNT = "0";
    private static final String VISITORS = "#,##0";
    private static final String PERCENT = "0.0%";
    private static final String AVERAGE = "0.00";
    static final int SHARE_NEGATIVE_COLUMN = 9;
    static final int CRITERIA_AVERAGE_COLUMN = 10;
    static final int HEALTH_COLUMN = 11;
    static final int DROP_OFF_COLUMN = 12;
    /**
     * The pain points and opportunities written as notes, in the two columns left free before the
     * hidden lists ({@link ListRanges#LANE_COLUMN}); only maps with lanes of those kinds have them.
     */
    static final int PAIN_POINTS_COLUMN = 13;
    static final int OPPORTUNITIES_COLUMN = 14;
    private static final int NOTE_COUNT_WIDTH = 12;

    private final SheetContext context;
    private final Sheet sheet;
    private final ListRanges lists;

    StagesSheet(SheetContext context, Sheet sheet, ListRanges lists) {
        this.context = context;
        this.sheet = sheet;
        this.lists = lists;
    }

    /** Writes row by row, the table and the lists side by side, as a streamed sheet must be written. */
    void write() {
        AnalysisReport report = AnalysisReport.of(context.map());
        List<StageAnalysis> stages = report.stages();
        Map<String, FunnelStep> stepsFrom = report.funnel().steps().stream()
                .collect(Collectors.toMap(FunnelStep::fromStageId, Function.identity(), (a, b) -> a));
        int[] widths = writeHeader(hasNoteCounts());
        int[] totals = new int[RATINGS.size() + 1];
        boolean noteCounts = hasNoteCounts();
        int[] noteTotals = new int[2];
        int lastRow = Math.max(stages.size() + 1,
                ListRanges.FIRST_ROW + Math.max(lists.laneNames().size(), lists.channelNames().size()) - 1);
        for (int rowIndex = 1; rowIndex <= lastRow; rowIndex++) {
            Row row = sheet.createRow(rowIndex);
            if (rowIndex <= stages.size()) {
                StageAnalysis stage = stages.get(rowIndex - 1);
                writeStage(row, stage.summary(), totals);
                writeAnalysis(row, stage, stepsFrom.get(stage.summary().stageId()));
                if (noteCounts) {
                    writeNoteCounts(row, report.notes().get(rowIndex - 1), noteTotals);
                }
            } else if (rowIndex == stages.size() + 1) {
                writeTotals(row, totals);
                if (noteCounts) {
                    writeNoteTotals(row, noteTotals);
                }
            }
            writeListEntry(row, ListRanges.LANE_COLUMN, lists.laneNames());
            writeListEntry(row, ListRanges.CHANNEL_COLUMN, lists.channelNames());
            RowHeights.fit(row, widths);
        }
        sheet.createFreezePane(1, 1);
        PrintLayout.table(sheet, 1, widths, 1);
    }

    /** Whether the map has a lane of pain points or of opportunities, whose notes the sheet counts. */
    private boolean hasNoteCounts() {
        return context.map().lanes().stream()
                .anyMatch(lane -> lane.kind() == LaneKind.PAIN_POINTS || lane.kind() == LaneKind.OPPORTUNITIES);
    }

    private int[] writeHeader(boolean noteCounts) {
        HeaderCells header = new HeaderCells(context, sheet);
        for (int i = 0; i < HEADERS.size(); i++) {
            CellLook look = i >= 2 && i < 2 + RATINGS.size() ? Looks.ratingHeader(RATINGS.get(i - 2)) : Looks.HEADER;
            int width = i == HEALTH_COLUMN ? Math.max(WIDTHS[i], healthWordsWidth()) : WIDTHS[i];
            header.add(i, context.text().get(HEADERS.get(i)), width, look);
        }
        if (noteCounts) {
            header.add(PAIN_POINTS_COLUMN, context.text().get("stages.painPoints"), NOTE_COUNT_WIDTH, Looks.HEADER);
            header.add(OPPORTUNITIES_COLUMN, context.text().get("stages.opportunities"), NOTE_COUNT_WIDTH, Looks.HEADER);
        }
        header.addHidden(ListRanges.LANE_COLUMN, context.text().get("stages.laneList"), LIST_CHARS);
        header.addHidden(ListRanges.CHANNEL_COLUMN, context.text().get("stages.channelList"), LIST_CHARS);
        return header.finish();
    }

    private void writeStage(Row row, StageSummary summary, int[] totals) {
        context.cells().text(row, 0, summary.name(), Looks.WRAPPED);
        if (summary.phase() != null) {
            context.cells().text(row, 1, summary.phase(), Looks.WRAPPED);
        }
        for (int i = 0; i < RATINGS.size(); i++) {
            int count = summary.count(RATINGS.get(i));
            context.cells().number(row, 2 + i, count, Looks.number(COUNT));
            totals[i] += count;
        }
        context.cells().number(row, 6, summary.total(), Looks.number(COUNT));
        totals[RATINGS.size()] += summary.total();
        if (summary.visitors() != null) {
            context.cells().number(row, 7, summary.visitors(), Looks.number(VISITORS));
        }
        summary.conversionToNext().ifPresent(share -> context.cells().number(row, 8, share, Looks.number(PERCENT)));
    }

    /** What the counts mean: empty cells where a number is unknown. */
    private void writeAnalysis(Row row, StageAnalysis stage, FunnelStep next) {
        stage.shareNegative().ifPresent(share ->
                context.cells().number(row, SHARE_NEGATIVE_COLUMN, share, Looks.number(PERCENT)));
        stage.criteriaAverage().ifPresent(average ->
                context.cells().number(row, CRITERIA_AVERAGE_COLUMN, average, Looks.number(AVERAGE)));
        context.cells().text(row, HEALTH_COLUMN, healthWord(context.text(), stage.health()), Looks.WRAPPED);
        OptionalDouble dropOff = next == null ? OptionalDouble.empty() : next.dropOff();
        dropOff.ifPresent(share -> context.cells().number(row, DROP_OFF_COLUMN, share, Looks.number(PERCENT)));
    }

    /** A column that holds the longest word of every health ("наблюдением"), so none breaks inside. */
    private int healthWordsWidth() {
        return HeaderWords.widthChars(java.util.Arrays.stream(StageHealth.values())
                .map(health -> healthWord(context.text(), health)).collect(Collectors.joining(" ")));
    }

    /** A stage's health in the workbook's language. */
    static String healthWord(WorkbookText text, StageHealth health) {
        return text.get("health." + health.name().toLowerCase(Locale.ROOT));
    }

    private void writeTotals(Row row, int[] totals) {
        context.cells().text(row, 0, context.text().get("stages.allStages"), Looks.WRAPPED.asBold());
        for (int i = 0; i < totals.length; i++) {
            context.cells().number(row, 2 + i, totals[i], Looks.number(COUNT).asBold());
        }
    }

    private void writeNoteCounts(Row row, StageNotes notes, int[] noteTotals) {
        context.cells().number(row, PAIN_POINTS_COLUMN, notes.painPoints().size(), Looks.number(COUNT));
        context.cells().number(row, OPPORTUNITIES_COLUMN, notes.opportunities().size(), Looks.number(COUNT));
        noteTotals[0] += notes.painPoints().size();
        noteTotals[1] += notes.opportunities().size();
    }

    private void writeNoteTotals(Row row, int[] noteTotals) {
        context.cells().number(row, PAIN_POINTS_COLUMN, noteTotals[0], Looks.number(COUNT).asBold());
        context.cells().number(row, OPPORTUNITIES_COLUMN, noteTotals[1], Looks.number(COUNT).asBold());
    }

    /** One name of a list for the drop-downs of the Touchpoints sheet, in a hidden column. */
    private void writeListEntry(Row row, int column, List<String> names) {
        int index = row.getRowNum() - ListRanges.FIRST_ROW;
        if (index < names.size()) {
            context.cells().text(row, column, names.get(index), Looks.WRAPPED);
        }
    }
}
