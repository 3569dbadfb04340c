package org.touchmap.ui.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import org.touchmap.analysis.AnalysisReport;
import org.touchmap.analysis.FunnelStep;
import org.touchmap.analysis.StageAnalysis;
import org.touchmap.analysis.StageSummary;
import org.touchmap.ui.i18n.Messages;

/**
 * The funnel drawn as centred bars, one per stage with a visitor count, each as wide as its share
 * of the largest count; beside each bar the share that goes on to the next stage, between the bars
 * the share that drops off (marked where the map loses the most), and a warning where a later stage
 * has more visitors. The numbers are
 * those of the report's {@link org.touchmap.analysis.Funnel}, formatted as in the stage table.
 */
final class FunnelChart {
    private final GridPane grid = new GridPane();
    private final Label empty = new Label(Messages.get("analysis.funnelChart.empty"));
    private final ScrollPane scroll = new ScrollPane(grid);
    private final StackPane root = new StackPane(scroll, empty);
    private AnalysisFormat format = AnalysisFormat.current();
    private FunnelStep biggestLeak;

    FunnelChart() {
        root.setId("analysis-funnel");
        root.getStyleClass().add("analysis-funnel");
        scroll.setFitToWidth(true);
        grid.getStyleClass().add("funnel-grid");
        grid.setHgap(10);
        grid.setVgap(2);
        // Names and headings take the width they need up to a limit, then wrap: never cut.
        ColumnConstraints names = new ColumnConstraints(120, Region.USE_COMPUTED_SIZE, 260);
        names.setHalignment(HPos.RIGHT);
        ColumnConstraints bars = new ColumnConstraints(120, 400, Double.MAX_VALUE);
        bars.setHgrow(Priority.ALWAYS);
        ColumnConstraints conversions = new ColumnConstraints(90, Region.USE_COMPUTED_SIZE, 200);
        grid.getColumnConstraints().setAll(names, bars, conversions);
        empty.getStyleClass().add("analysis-fine");
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        StackPane.setAlignment(empty, Pos.CENTER);
    }

    Node node() {
        return root;
    }

    void show(AnalysisReport report) {
        format = AnalysisFormat.current();
        grid.getChildren().clear();
        List<StageSummary> counted = report.stages().stream().map(StageAnalysis::summary)
                .filter(summary -> summary.visitors() != null).toList();
        empty.setVisible(counted.isEmpty());
        scroll.setVisible(!counted.isEmpty());
        if (counted.isEmpty()) {
            return;
        }
        long largest = counted.stream().mapToLong(StageSummary::visitors).max().orElse(0);
        biggestLeak = report.funnel().biggestLeak().orElse(null);
        Map<String, FunnelStep> stepFrom = new HashMap<>();
        report.funnel().steps().forEach(step -> stepFrom.put(step.fromStageId(), step));
        int row = header();
        FunnelStep stepIn = null;
        List<String> uncounted = new ArrayList<>();
        boolean started = false;
        for (StageAnalysis stage : report.stages()) {
            StageSummary summary = stage.summary();
            if (summary.visitors() == null) {
                if (started) {
                    uncounted.add(summary.name());
                }
                continue;
            }
            if (!uncounted.isEmpty()) {
                row = note(row, Messages.get("analysis.funnelChart.gap", String.join(", ", uncounted)), "funnel-gap");
                uncounted.clear();
            } else if (stepIn != null) {
                row = dropOff(row, stepIn);
            }
            FunnelStep stepOut = stepFrom.get(summary.stageId());
            bar(row++, summary, largest, stepIn != null && stepIn.moreThanBefore(), stepOut);
            stepIn = stepOut;
            started = true;
        }
    }

    private int header() {
        grid.add(heading("analysis.column.stage"), 0, 0);
        Label visitors = heading("analysis.column.visitors");
        GridPane.setHalignment(visitors, HPos.CENTER);
        grid.add(visitors, 1, 0);
        grid.add(heading("analysis.funnelChart.toNext"), 2, 0);
        return 1;
    }

    private void bar(int row, StageSummary stage, long largest, boolean moreThanBefore, FunnelStep stepOut) {
        Label name = wrapping(new Label(stage.name()));
        name.getStyleClass().add("funnel-stage");
        grid.add(name, 0, row);

        double share = largest > 0 ? (double) stage.visitors() / largest : 0;
        FunnelBar lane = new FunnelBar(format.count(stage.visitors()), share, moreThanBefore);
        grid.add(lane, 1, row);

        if (stepOut != null) {
            Label conversion = new Label(format.percent(stepOut.conversion()));
            conversion.getStyleClass().add("funnel-conversion");
            grid.add(conversion, 2, row);
        }
    }

    private int dropOff(int row, FunnelStep step) {
        if (step.moreThanBefore()) {
            return note(row, Messages.get("analysis.funnelChart.more"), "funnel-drop", "warning");
        }
        if (step.equals(biggestLeak)) {
            return note(row, Messages.get("analysis.funnelChart.biggestLeak", format.percent(step.dropOff())),
                    "funnel-drop", "funnel-biggest-leak", "danger");
        }
        return note(row, Messages.get("analysis.funnelChart.dropOff", format.percent(step.dropOff())), "funnel-drop");
    }

    /** A line of small text between two bars, centred under them. */
    private int note(int row, String text, String... styleClasses) {
        Label note = new Label(text);
        note.getStyleClass().addAll(styleClasses);
        GridPane.setHalignment(note, HPos.CENTER);
        grid.add(note, 1, row);
        return row + 1;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label heading(String key) {
        Label label = wrapping(new Label(Messages.get(key)));
        label.getStyleClass().add("funnel-heading");
        return label;
    }
}
