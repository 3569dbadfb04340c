package org.touchmap.render.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.touchmap.analysis.AnalysisReport;
import org.touchmap.analysis.BrokenChain;
import org.touchmap.analysis.CompetitorVerdict;
import org.touchmap.analysis.Coverage;
import org.touchmap.analysis.FunnelStep;
import org.touchmap.analysis.StageCompetition;
import org.touchmap.analysis.WeakLink;
import org.touchmap.analysis.WeakLinkReason;
import org.touchmap.io.xlsx.WorkbookSheets;
import org.touchmap.model.Chain;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapElement;
import org.touchmap.model.Stage;

/**
 * The {@code Analysis} sheet: what {@link AnalysisReport} finds in the map, in five sections one
 * under another, each with a bold heading and a header row: the weak links (weakest first, with the
 * group that ranks them: key point, conversion point, other), the broken chains (one row per run of
 * negative touchpoints), the funnel warnings (a stage with more visitors than the one before), the
 * coverage gaps (one row per empty stage, unfinished chain and touchpoint in no chain) and the
 * competitors (one row per stage: its touchpoints per comparison and the verdict). A section with
 * nothing in it says so. Numbers are values, not formulas. The sheet prints one page wide, so
 * no row is split across pages.
 */
final class AnalysisSheet {
    /** The sheet's name, the same in every language like the names in {@code WorkbookSheets}. */
    static final String NAME = WorkbookSheets.ANALYSIS;
    /** Between the touchpoint names of a run. */
    static final String RUN_SEPARATOR = " → ";

    /** Column widths in characters; text wraps within them, and a header's longest word widens its column. */
    private static final int[] WIDTHS = {26, 36, 26, 20, 12, 14, 18};
    private static final String COUNT = "0";
    private static final String VISITORS = "#,##0";
    private static final String AVERAGE = "0.00";
    private static final CellLook SECTION = Looks.TEXT.asBold().withPoints(13);

    private final SheetContext context;
    private final Sheet sheet;
    private final JourneyMap map;
    private final int[] widths = WIDTHS.clone();
    private int rowIndex;
    /** The last row of a section's table, sized once it is filled. */
    private Row lastDataRow;

    AnalysisSheet(SheetContext context, Sheet sheet) {
        this.context = context;
        this.sheet = sheet;
        this.map = context.map();
    }

    void write() {
        AnalysisReport report = AnalysisReport.of(map);
        writeWeakLinks(report.weakLinks());
        writeBrokenChains(report.brokenChains());
        writeFunnelWarnings(report.funnel().warnings());
        writeCoverage(report.coverage());
        writeCompetition(report.competition());
        fitLastDataRow();
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        PrintLayout.table(sheet, 0, widths, 0);
    }

    private void writeWeakLinks(List<WeakLink> weakLinks) {
        section("analysis.weakLinks", "analysis.rank", "analysis.touchpointId", "analysis.name", "analysis.stage",
                "analysis.keyPoint", "analysis.criteriaAverage", "analysis.reason");
        int rank = 1;
        for (WeakLink link : weakLinks) {
            Row row = dataRow();
            context.cells().number(row, 0, rank++, Looks.number(COUNT));
            context.cells().text(row, 1, link.touchpointId(), Looks.WRAPPED_MUTED);
            context.cells().text(row, 2, link.name(), Looks.WRAPPED);
            context.cells().text(row, 3, stageName(link.stageId()), Looks.WRAPPED);
            context.cells().text(row, 4, context.text().get(link.keyPoint() ? "analysis.yes" : "analysis.no"), Looks.WRAPPED);
            OptionalDouble average = link.criteriaAverage();
            average.ifPresent(value -> context.cells().number(row, 5, value, Looks.number(AVERAGE)));
            context.cells().text(row, 6, context.text().get(reasonKey(link.reason())), Looks.WRAPPED);
        }
        endSection(weakLinks.isEmpty());
    }

    private void writeBrokenChains(List<BrokenChain> brokenChains) {
        section("analysis.brokenChains", "analysis.chain", "analysis.run");
        for (BrokenChain chain : brokenChains) {
            for (List<String> run : chain.runs()) {
                Row row = dataRow();
                context.cells().text(row, 0, chain.name(), Looks.WRAPPED);
                context.cells().text(row, 1, run.stream().map(this::touchpointName)
                        .collect(Collectors.joining(RUN_SEPARATOR)), Looks.WRAPPED);
            }
        }
        endSection(brokenChains.isEmpty());
    }

    private void writeFunnelWarnings(List<FunnelStep> warnings) {
        section("analysis.funnelWarnings", "analysis.fromStage", "analysis.toStage", "analysis.visitorsBefore",
                "analysis.visitorsAfter");
        for (FunnelStep step : warnings) {
            Row row = dataRow();
            context.cells().text(row, 0, stageName(step.fromStageId()), Looks.WRAPPED);
            context.cells().text(row, 1, stageName(step.toStageId()), Looks.WRAPPED);
            context.cells().number(row, 2, step.fromVisitors(), Looks.number(VISITORS));
            context.cells().number(row, 3, step.toVisitors(), Looks.number(VISITORS));
        }
        endSection(warnings.isEmpty());
    }

    private void writeCoverage(Coverage coverage) {
        section("analysis.coverage", "analysis.kind", "analysis.name", "analysis.id");
        List<String[]> items = new ArrayList<>();
        coverage.emptyStageIds().forEach(id -> items.add(new String[]{"analysis.emptyStage", stageName(id), id}));
        coverage.unfinishedChainIds().forEach(id -> items.add(new String[]{"analysis.unfinishedChain",
                map.findChain(id).map(Chain::name).orElse(id), id}));
        coverage.unchainedTouchpointIds().forEach(id -> items.add(new String[]{"analysis.unchainedTouchpoint",
                touchpointName(id), id}));
        coverage.missingTouchpoints().forEach(missing -> items.add(new String[]{"analysis.missingTouchpoint",
                ChannelCatalog.resolve(missing.channelId()).displayName(context.locale()) + " ("
                        + stageName(missing.stageId()) + ")", missing.channelId()}));
        for (String[] item : items) {
            Row row = dataRow();
            context.cells().text(row, 0, context.text().get(item[0]), Looks.WRAPPED);
            context.cells().text(row, 1, item[1], Looks.WRAPPED);
            context.cells().text(row, 2, item[2], Looks.WRAPPED_MUTED);
        }
        endSection(items.isEmpty());
    }

    private void writeCompetition(List<StageCompetition> stages) {
        section("analysis.competitors", "analysis.stage", "analysis.better", "analysis.same", "analysis.worse",
                "analysis.competitorLacksIt", "analysis.weLackIt", "analysis.verdict");
        for (StageCompetition stage : stages) {
            Row row = dataRow();
            context.cells().text(row, 0, stageName(stage.stageId()), Looks.WRAPPED);
            int column = 1;
            // The enum's order is the order of the headers above.
            for (CompetitorComparison comparison : CompetitorComparison.values()) {
                context.cells().number(row, column++, stage.count(comparison), Looks.number(COUNT));
            }
            context.cells().text(row, column, context.text().get(verdictKey(stage.verdict())), Looks.WRAPPED);
        }
        endSection(stages.isEmpty());
    }

    private static String reasonKey(WeakLinkReason reason) {
        return switch (reason) {
            case KEY_POINT -> "analysis.reason.keyPoint";
            case CONVERSION_POINT -> "analysis.reason.conversionPoint";
            case OTHER -> "analysis.reason.other";
        };
    }

    private static String verdictKey(CompetitorVerdict verdict) {
        return switch (verdict) {
            case AHEAD -> "analysis.verdict.ahead";
            case EVEN -> "analysis.verdict.even";
            case BEHIND -> "analysis.verdict.behind";
            case NOT_COMPARED -> "analysis.verdict.notCompared";
        };
    }

    /** A new row of a section's table; the row before it, now filled, gets the height of its text. */
    private Row dataRow() {
        fitLastDataRow();
        lastDataRow = sheet.createRow(rowIndex++);
        return lastDataRow;
    }

    private void fitLastDataRow() {
        if (lastDataRow != null) {
            RowHeights.fit(lastDataRow, widths);
        }
    }

    /** The section's bold heading and its header row. */
    private void section(String headingKey, String... headerKeys) {
        Row heading = sheet.createRow(rowIndex++);
        context.cells().text(heading, 0, context.text().get(headingKey), SECTION);
        Row header = sheet.createRow(rowIndex++);
        RowHeights heights = new RowHeights();
        for (int i = 0; i < headerKeys.length; i++) {
            String text = context.text().get(headerKeys[i]);
            context.cells().text(header, i, text, Looks.HEADER);
            widths[i] = Math.max(widths[i], HeaderWords.widthChars(text));
            heights.note(text, widths[i], true);
        }
        header.setHeightInPoints(heights.take(1));
    }

    /** A word when the section has no rows, then an empty row before the next section. */
    private void endSection(boolean empty) {
        if (empty) {
            Row row = sheet.createRow(rowIndex++);
            context.cells().text(row, 0, context.text().get("analysis.none"), Looks.WRAPPED_MUTED);
        }
        rowIndex++;
    }

    private String stageName(String stageId) {
        Stage stage = map.stage(stageId);
        return stage == null ? stageId : stage.name();
    }

    private String touchpointName(String touchpointId) {
        return map.findTouchpoint(touchpointId).map(MapElement::name).orElse(touchpointId);
    }
}
