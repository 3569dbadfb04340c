package org.touchmap.analysis;

import java.util.List;

import org.touchmap.model.JourneyMap;

/**
 * Everything the analysis says about one map, computed once: what the analysis panel, the
 * {@code report} command and the workbook show.
 *
 * @param stages       per stage, in stage order
 * @param funnel       conversion between adjacent stages with visitor counts
 * @param weakLinks    negative touchpoints, weakest first (see {@link WeakLinks})
 * @param brokenChains chains with runs of negative touchpoints
 * @param coverage     empty stages, unfinished chains, touchpoints in no chain
 * @param competition  per stage, in stage order: the competitor comparisons and the stage's verdict
 * @param notes        per stage, in stage order: the pain points and opportunities of its notes lanes
 */
public record AnalysisReport(List<StageAnalysis> stages, Funnel funnel, List<WeakLink> weakLinks,
                             List<BrokenChain> brokenChains, Coverage coverage, List<StageCompetition> competition,
                             List<StageNotes> notes) {
    public AnalysisReport {
        stages = List.copyOf(stages);
        weakLinks = List.copyOf(weakLinks);
        brokenChains = List.copyOf(brokenChains);
        competition = List.copyOf(competition);
        notes = List.copyOf(notes);
    }

    public static AnalysisReport of(JourneyMap map) {
        Funnel funnel = Funnel.of(map);
        return new AnalysisReport(StageAnalyses.of(map, funnel), funnel, WeakLinks.of(map),
                BrokenChains.of(map), Coverage.of(map), CompetitorSummary.of(map), StageNotes.of(map));
    }
}
