package org.touchmap.analysis;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.touchmap.model.CompetitorComparison;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/** The competitor comparisons of a map's touchpoints counted per stage. */
public final class CompetitorSummary {
    private CompetitorSummary() {
    }

    /** One entry per stage, in the map's stage order; a stage without comparisons counts zero everywhere. */
    public static List<StageCompetition> of(JourneyMap map) {
        Map<String, Map<CompetitorComparison, Integer>> counts = new HashMap<>();
        for (Touchpoint touchpoint : map.touchpoints()) {
            if (touchpoint.competitor() != null) {
                counts.computeIfAbsent(touchpoint.stageId(), id -> new EnumMap<>(CompetitorComparison.class))
                        .merge(touchpoint.competitor(), 1, Integer::sum);
            }
        }
        return map.stages().stream().map(stage -> {
            Map<CompetitorComparison, Integer> stageCounts = counts.getOrDefault(stage.id(), Map.of());
            return new StageCompetition(stage.id(),
                    stageCounts.getOrDefault(CompetitorComparison.BETTER, 0),
                    stageCounts.getOrDefault(CompetitorComparison.SAME, 0),
                    stageCounts.getOrDefault(CompetitorComparison.WORSE, 0),
                    stageCounts.getOrDefault(CompetitorComparison.COMPETITOR_LACKS_IT, 0),
                    stageCounts.getOrDefault(CompetitorComparison.WE_LACK_IT, 0));
        }).toList();
    }
}
