package org.touchmap.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import org.touchmap.analysis.AnalysisReport;
import org.touchmap.analysis.BrokenChain;
import org.touchmap.analysis.CompetitorVerdict;
import org.touchmap.analysis.Coverage;
import org.touchmap.analysis.FunnelStep;
import org.touchmap.analysis.StageCompetition;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.CompetitorComparison;
import org.touchmap.ui.i18n.Messages;

/** Funnel warnings, broken chains, coverage gaps and the competitor verdicts per stage as short lines under headings. */
final class FindingsView {
    private static final String LIST = ", ";
    private static final String ARROW = " \u2192 ";
    private static final Map<CompetitorComparison, String> COMPARISON_KEYS = Map.of(
            CompetitorComparison.BETTER, "analysis.competitor.better",
            CompetitorComparison.SAME, "analysis.competitor.same",
            CompetitorComparison.WORSE, "analysis.competitor.worse",
            CompetitorComparison.COMPETITOR_LACKS_IT, "analysis.competitor.competitorLacksIt",
            CompetitorComparison.WE_LACK_IT, "analysis.competitor.weLackIt");
    private final VBox lines = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(lines);

    FindingsView() {
        lines.getStyleClass().add("analysis-findings");
        lines.setId("analysis-findings");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("analysis-findings-scroll");
    }

    ScrollPane node() {
        return scroll;
    }

    void show(AnalysisReport report, MapNames names) {
        AnalysisFormat format = AnalysisFormat.current();
        lines.getChildren().clear();
        // Without two neighbouring stages with visitor counts there is no funnel to call narrowing.
        String funnelFine = report.funnel().steps().isEmpty() ? "analysis.funnel.noCounts" : "analysis.funnel.none";
        section("analysis.funnel", funnelFine, funnel(report.funnel().warnings(), names, format));
        section("analysis.brokenChains", "analysis.brokenChains.none", brokenChains(report.brokenChains(), names));
        section("analysis.coverage", "analysis.coverage.none", coverage(report.coverage(), names, format));
        section("analysis.competitors", "analysis.competitors.none", competition(report.competition(), names, format));
    }

    private static List<String> funnel(List<FunnelStep> warnings, MapNames names, AnalysisFormat format) {
        return warnings.stream().map(step -> Messages.get("analysis.funnel.warning",
                names.stage(step.fromStageId()), names.stage(step.toStageId()),
                format.count(step.fromVisitors()), format.count(step.toVisitors()))).toList();
    }

    private static List<String> brokenChains(List<BrokenChain> chains, MapNames names) {
        return chains.stream().map(chain -> Messages.get("analysis.brokenChain", chain.name(),
                String.join("; ", chain.runs().stream()
                        .map(run -> MapNames.joined(run, names::touchpoint, ARROW)).toList()))).toList();
    }

    private static List<String> coverage(Coverage coverage, MapNames names, AnalysisFormat format) {
        List<String> found = new ArrayList<>();
        if (!coverage.emptyStageIds().isEmpty()) {
            found.add(Messages.get("analysis.coverage.emptyStages",
                    MapNames.joined(coverage.emptyStageIds(), names::stage, LIST)));
        }
        if (!coverage.unfinishedChainIds().isEmpty()) {
            found.add(Messages.get("analysis.coverage.unfinishedChains",
                    MapNames.joined(coverage.unfinishedChainIds(), names::chain, LIST)));
        }
        if (!coverage.missingTouchpoints().isEmpty()) {
            found.add(Messages.get("analysis.coverage.missing", coverage.missingTouchpoints().stream()
                    .map(m -> Messages.get("analysis.coverage.missingItem",
                            ChannelCatalog.resolve(m.channelId()).displayName(Messages.locale()), names.stage(m.stageId())))
                    .collect(java.util.stream.Collectors.joining(LIST))));
        }
        List<String> unchained = coverage.unchainedTouchpointIds();
        if (!unchained.isEmpty()) {
            found.add(Messages.get("analysis.coverage.unchained", format.count(unchained.size()),
                    MapNames.joined(unchained, names::touchpoint, LIST)));
        }
        return found;
    }

    /** "Comparison of options: behind competitors (1 worse, 1 only competitors have)", for compared stages only. */
    private static List<String> competition(List<StageCompetition> stages, MapNames names, AnalysisFormat format) {
        List<String> found = new ArrayList<>();
        for (StageCompetition stage : stages) {
            if (stage.verdict() == CompetitorVerdict.NOT_COMPARED) {
                continue;
            }
            List<String> counts = new ArrayList<>();
            for (CompetitorComparison comparison : CompetitorComparison.values()) {
                int count = stage.count(comparison);
                if (count > 0) {
                    counts.add(Messages.get(COMPARISON_KEYS.get(comparison), format.count(count)));
                }
            }
            found.add(Messages.get("analysis.competitor", names.stage(stage.stageId()),
                    AnalysisFormat.verdict(stage.verdict()), String.join(LIST, counts)));
        }
        return found;
    }

    private void section(String titleKey, String noneKey, List<String> found) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("analysis-heading");
        lines.getChildren().add(title);
        for (String text : found.isEmpty() ? List.of(Messages.get(noneKey)) : found) {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add(found.isEmpty() ? "analysis-fine" : "analysis-finding");
            lines.getChildren().add(line);
        }
    }
}
