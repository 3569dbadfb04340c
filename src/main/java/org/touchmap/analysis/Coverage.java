package org.touchmap.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/**
 * Gaps in a map, each list in the map's order.
 *
 * @param emptyStageIds          stages with no touchpoint
 * @param unfinishedChainIds     chains that stop before the last stage without a "final chord": the last
 *                               touchpoint in the chain's order ({@link Chain#touchpointIds()}) is not in the
 *                               map's last stage and the chain has no next chain. Chains without links are left out
 * @param unchainedTouchpointIds touchpoints in no chain
 */
public record Coverage(List<String> emptyStageIds, List<String> unfinishedChainIds,
                       List<String> unchainedTouchpointIds) {
    public Coverage {
        emptyStageIds = List.copyOf(emptyStageIds);
        unfinishedChainIds = List.copyOf(unfinishedChainIds);
        unchainedTouchpointIds = List.copyOf(unchainedTouchpointIds);
    }

    public static Coverage of(JourneyMap map) {
        Set<String> usedStages = new HashSet<>();
        map.touchpoints().forEach(tp -> usedStages.add(tp.stageId()));
        List<String> emptyStages = map.stages().stream().map(Stage::id).filter(id -> !usedStages.contains(id)).toList();

        Set<String> chained = new HashSet<>();
        map.chains().forEach(chain -> chained.addAll(chain.touchpointIds()));
        List<String> unchained = map.touchpoints().stream().map(Touchpoint::id)
                .filter(id -> !chained.contains(id)).toList();

        List<Stage> stages = map.stages();
        String lastStage = stages.isEmpty() ? null : stages.get(stages.size() - 1).id();
        List<String> unfinished = map.chains().stream()
                .filter(chain -> chain.nextChainId() == null && stopsEarly(map, chain, lastStage))
                .map(Chain::id).toList();
        return new Coverage(emptyStages, unfinished, unchained);
    }

    private static boolean stopsEarly(JourneyMap map, Chain chain, String lastStage) {
        List<String> ids = chain.touchpointIds();
        if (ids.isEmpty()) {
            return false;
        }
        return map.findTouchpoint(ids.get(ids.size() - 1))
                .map(tp -> !tp.stageId().equals(lastStage))
                .orElse(false);
    }
}
