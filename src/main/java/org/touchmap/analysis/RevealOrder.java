package org.touchmap.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/**
 * The order in which a presenter reveals a map: stage by stage (each step opens the next column,
 * an empty stage included, since a gap in the journey is worth a moment) or along one chain (each
 * step walks one link, so a chain that loops back brings an earlier card into the spotlight again).
 * Step 0 shows no cards, only the grid and its headers; the last step shows everything revealed.
 */
public final class RevealOrder {
    private final String chainId;
    private final List<RevealStep> steps;

    private RevealOrder(String chainId, List<RevealStep> steps) {
        this.chainId = chainId;
        this.steps = List.copyOf(steps);
    }

    /** One step per stage, left to right. */
    public static RevealOrder byStage(JourneyMap map) {
        List<RevealStep> steps = new ArrayList<>();
        Set<String> visible = new LinkedHashSet<>();
        Set<String> stages = new LinkedHashSet<>();
        steps.add(new RevealStep(0, visible, List.of(), null, null, 0, stages));
        for (Stage stage : map.stages()) {
            List<String> opened = map.touchpointsInStage(stage.id()).stream().map(Touchpoint::id).toList();
            visible.addAll(opened);
            stages.add(stage.id());
            steps.add(new RevealStep(steps.size(), visible, opened, stage.id(), null, 0, stages));
        }
        return new RevealOrder(null, steps);
    }

    /**
     * One step per card along the chain's links, in link order. A chain that is missing or has no
     * links yet gives nothing to walk, so the map is revealed stage by stage instead.
     */
    public static RevealOrder alongChain(JourneyMap map, String chainId) {
        Optional<Chain> chain = chainId == null ? Optional.empty() : map.findChain(chainId);
        if (chain.isEmpty() || chain.get().linkCount() == 0) {
            return byStage(map);
        }
        List<RevealStep> steps = new ArrayList<>();
        Set<String> visible = new LinkedHashSet<>();
        Set<String> stages = new LinkedHashSet<>();
        steps.add(new RevealStep(0, visible, List.of(), null, chainId, 0, stages));
        List<ChainLink> links = chain.get().links();
        String reached = null;
        for (int i = 0; i < links.size(); i++) {
            ChainLink link = links.get(i);
            // A link that does not start where the last one ended begins a new run: show its start first.
            if (!link.from().equals(reached)) {
                visible.add(link.from());
                stages.add(map.touchpoint(link.from()).stageId());
                steps.add(new RevealStep(steps.size(), visible, List.of(link.from()), null, chainId, i, stages));
            }
            visible.add(link.to());
            stages.add(map.touchpoint(link.to()).stageId());
            steps.add(new RevealStep(steps.size(), visible, List.of(link.to()), null, chainId, i + 1, stages));
            reached = link.to();
        }
        return new RevealOrder(chainId, steps);
    }

    /** The chain walked, or empty when the map is revealed stage by stage. */
    public Optional<String> chainId() {
        return Optional.ofNullable(chainId);
    }

    public List<RevealStep> steps() {
        return steps;
    }

    /** The step at {@code index}, brought into range: below 0 the start, past the end the last step. */
    public RevealStep step(int index) {
        return steps.get(Math.max(0, Math.min(lastIndex(), index)));
    }

    /** The index of the step that reveals everything. */
    public int lastIndex() {
        return steps.size() - 1;
    }
}
