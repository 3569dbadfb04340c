package org.touchmap.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * Per stage: share negative, criteria average, drop-off to the next stage and health mark on top of
 * {@link StageSummaries}.
 */
public final class StageAnalyses {
    private StageAnalyses() {
    }

    /** One analysis per stage, in the map's stage order. */
    public static List<StageAnalysis> of(JourneyMap map) {
        return of(map, Funnel.of(map));
    }

    /** One analysis per stage, in the map's stage order, with the map's funnel built already. */
    public static List<StageAnalysis> of(JourneyMap map, Funnel funnel) {
        Map<String, FunnelStep> stepFrom = new HashMap<>();
        funnel.steps().forEach(step -> stepFrom.put(step.fromStageId(), step));
        String leakStageId = funnel.biggestLeak().map(FunnelStep::fromStageId).orElse(null);
        List<StageAnalysis> result = new ArrayList<>();
        for (StageSummary summary : StageSummaries.of(map)) {
            OptionalDouble share = shareNegative(summary);
            OptionalDouble average = criteriaAverage(map.touchpointsInStage(summary.stageId()));
            FunnelStep step = stepFrom.get(summary.stageId());
            OptionalDouble dropOff = step == null ? OptionalDouble.empty() : step.dropOff();
            boolean leak = summary.stageId().equals(leakStageId);
            result.add(new StageAnalysis(summary, share, average, StageHealth.of(share, average, dropOff, leak),
                    dropOff, leak));
        }
        return result;
    }

    /** Negative over rated (positive + neutral + negative); empty when nothing is rated. */
    static OptionalDouble shareNegative(StageSummary summary) {
        int rated = summary.positive() + summary.neutral() + summary.negative();
        return rated == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) summary.negative() / rated);
    }

    /** Mean of the touchpoints' criteria averages, skipping those without scores. */
    static OptionalDouble criteriaAverage(List<Touchpoint> touchpoints) {
        return touchpoints.stream().mapToDouble(Touchpoint::criteriaAverage).filter(a -> !Double.isNaN(a)).average();
    }
}
