package org.touchmap.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/** Counts per stage and the funnel between stages, as the workbook and the analysis panel show them. */
public final class StageSummaries {
    private StageSummaries() {
    }

    /** One summary per stage, in the map's stage order. */
    public static List<StageSummary> of(JourneyMap map) {
        Map<String, Map<Rating, Integer>> counts = countRatings(map);
        List<Stage> stages = map.stages();
        List<StageSummary> summaries = new ArrayList<>(stages.size());
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            Stage next = i + 1 < stages.size() ? stages.get(i + 1) : null;
            Map<Rating, Integer> ratings = counts.getOrDefault(stage.id(), Map.of());
            summaries.add(new StageSummary(stage.id(), stage.name(), stage.phase(),
                    ratings.getOrDefault(Rating.POSITIVE, 0), ratings.getOrDefault(Rating.NEUTRAL, 0),
                    ratings.getOrDefault(Rating.NEGATIVE, 0), ratings.getOrDefault(Rating.UNRATED, 0),
                    stage.visitors(), conversion(stage, next)));
        }
        return summaries;
    }

    /** Next visitors over this stage's visitors; nothing when either is unknown or nobody reaches this stage. */
    static OptionalDouble conversion(Stage stage, Stage next) {
        if (next == null || stage.visitors() == null || next.visitors() == null || stage.visitors() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) next.visitors() / stage.visitors());
    }

    private static Map<String, Map<Rating, Integer>> countRatings(JourneyMap map) {
        Map<String, Map<Rating, Integer>> counts = new HashMap<>();
        for (Touchpoint touchpoint : map.touchpoints()) {
            counts.computeIfAbsent(touchpoint.stageId(), id -> new EnumMap<>(Rating.class))
                    .merge(touchpoint.rating(), 1, Integer::sum);
        }
        return counts;
    }
}
