package org.touchmap.analysis;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One step of a presentation: which cards are shown so far, which of them this step brings in
 * (the spotlight), and which chain arrows are drawn.
 *
 * @param index             the step's place in its {@link RevealOrder}, 0 for the start
 * @param visibleTouchpointIds the cards shown at this step, in the order they appeared
 * @param spotlight         the cards this step brings in, or back in when a chain loops to an earlier card
 * @param stageId           stage by stage: the stage this step opens; {@code null} at the start and along a chain
 * @param chainId           along a chain: the chain walked; {@code null} stage by stage
 * @param chainLinksShown   along a chain: how many of its links, from the first, are drawn
 * @param openedStageIds    the stages whose notes and process steps are shown: stage by stage, the
 *                          stages opened so far; along a chain, the stages of the cards shown, so
 *                          every lane of a stage comes in together with it
 */
public record RevealStep(int index, Set<String> visibleTouchpointIds, List<String> spotlight, String stageId,
                         String chainId, int chainLinksShown, Set<String> openedStageIds) {
    public RevealStep {
        visibleTouchpointIds = Collections.unmodifiableSet(new LinkedHashSet<>(visibleTouchpointIds));
        spotlight = List.copyOf(spotlight);
        openedStageIds = Set.copyOf(openedStageIds);
    }

    /** Whether the notes and process steps of the stage are shown. */
    public boolean opens(String stageId) {
        return openedStageIds.contains(stageId);
    }

    public boolean shows(String touchpointId) {
        return visibleTouchpointIds.contains(touchpointId);
    }

    /** The card to look at: the last one the step brings in. */
    public Optional<String> newest() {
        return spotlight.isEmpty() ? Optional.empty() : Optional.of(spotlight.get(spotlight.size() - 1));
    }

    /**
     * Whether an arrow is drawn. Stage by stage, every arrow between two shown cards is; along a
     * chain, only the chain's own links walked so far, so the path grows arrow by arrow.
     *
     * @param arrowChainId the chain the arrow belongs to
     * @param linkIndex    the arrow's link in its chain, negative for the arrow into the next chain
     */
    public boolean showsArrow(String arrowChainId, int linkIndex, String fromId, String toId) {
        if (chainId == null) {
            return shows(fromId) && shows(toId);
        }
        return chainId.equals(arrowChainId) && linkIndex >= 0 && linkIndex < chainLinksShown;
    }
}
