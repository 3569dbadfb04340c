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
 * @param unfinishedChainIds     chains that stop before the last stage, see {@link #stopsEarly(JourneyMap, Chain)}
 * @param unchainedTouchpointIds touchpoints in no chain
 * @param missingTouchpoints     typical touchpoints of the map's template the map lacks, see {@link MissingTouchpoints}
 */
public record Coverage(List<String> emptyStageIds, List<String> unfinishedChainIds,
                       List<String> unchainedTouchpointIds, List<MissingTouchpoint> missingTouchpoints) {
    public Coverage {
        emptyStageIds = List.copyOf(emptyStageIds);
        unfinishedChainIds = List.copyOf(unfinishedChainIds);
        unchainedTouchpointIds = List.copyOf(unchainedTouchpointIds);
        missingTouchpoints = List.copyOf(missingTouchpoints);
    }

    public static Coverage of(JourneyMap map) {
        Set<String> usedStages = new HashSet<>();
        map.touchpoints().forEach(tp -> usedStages.add(tp.stageId()));
        List<String> emptyStages = map.stages().stream().map(Stage::id).filter(id -> !usedStages.contains(id)).toList();

        Set<String> chained = new HashSet<>();
        map.chains().forEach(chain -> chained.addAll(chain.touchpointIds()));
        List<String> unchained = map.touchpoints().stream().map(Touchpoint::id)
                .filter(id -> !chained.contains(id)).toList();

        List<String> unfinished = map.chains().stream().filter(chain -> stopsEarly(map, chain)).map(Chain::id).toList();
        return new Coverage(emptyStages, unfinished, unchained, MissingTouchpoints.of(map));
    }

    /**
     * Whether the customer leaves the chain before the journey's end. A chain does <em>not</em> stop early when
     * <ul>
     *   <li>it has no links (nothing to judge yet), or its last link leads to a touchpoint that is not in the map;</li>
     *   <li>it has a next chain (a "final chord" carries the journey on);</li>
     *   <li>any touchpoint along its links is in the map's last stage;</li>
     *   <li>it ends in a loop: its last touchpoint's stage comes before a stage the chain has already visited
     *       (a reminder in the last stage that brings the customer back to booking, say).</li>
     * </ul>
     * Otherwise it stops early: all of it lies before the last stage and it ends at the furthest stage it reaches.
     */
    public static boolean stopsEarly(JourneyMap map, Chain chain) {
        List<String> steps = ChainPath.steps(chain);
        if (steps.isEmpty() || chain.nextChainId() != null) {
            return false;
        }
        int lastStage = map.stages().size() - 1;
        int end = stageIndex(map, steps.get(steps.size() - 1));
        if (end < 0) {
            return false;
        }
        int furthest = steps.stream().mapToInt(id -> stageIndex(map, id)).max().orElse(-1);
        return furthest != lastStage && end >= furthest;
    }

    /** The index of the touchpoint's stage, -1 when the touchpoint or its stage is not in the map. */
    private static int stageIndex(JourneyMap map, String touchpointId) {
        return map.findTouchpoint(touchpointId).map(tp -> map.stageIndex(tp.stageId())).orElse(-1);
    }
}
