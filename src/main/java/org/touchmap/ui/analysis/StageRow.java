package org.touchmap.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.touchmap.analysis.AnalysisReport;
import org.touchmap.analysis.FunnelStep;
import org.touchmap.analysis.StageAnalysis;

/**
 * One line of the stage table: a stage's analysis with the drop-off of the funnel step that
 * leaves it, both as the report gives them.
 */
record StageRow(StageAnalysis analysis, OptionalDouble dropOff) {

    /** The rows of a report, in stage order. */
    static List<StageRow> of(AnalysisReport report) {
        Map<String, FunnelStep> stepFrom = report.funnel().steps().stream()
                .collect(Collectors.toMap(FunnelStep::fromStageId, Function.identity(), (a, b) -> a));
        List<StageRow> rows = new ArrayList<>();
        for (StageAnalysis stage : report.stages()) {
            FunnelStep step = stepFrom.get(stage.summary().stageId());
            rows.add(new StageRow(stage, step == null ? OptionalDouble.empty() : step.dropOff()));
        }
        return rows;
    }
}
