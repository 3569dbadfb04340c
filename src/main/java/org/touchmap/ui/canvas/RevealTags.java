package org.touchmap.ui.canvas;

import java.util.List;

import javafx.scene.Node;

import org.touchmap.analysis.RevealStep;

/**
 * What a drawn part tells of the map, kept on its node: the stages and the cards it speaks of. A
 * presentation hides a part until every stage it names is opened and every card it names is shown,
 * so a step's link, a stage's figures and a curve's point never run ahead of the story.
 *
 * @param stageIds      the stages the part speaks of
 * @param touchpointIds the cards it speaks of
 */
record RevealTags(List<String> stageIds, List<String> touchpointIds) {

    RevealTags {
        stageIds = List.copyOf(stageIds);
        touchpointIds = List.copyOf(touchpointIds);
    }

    /** Puts the tags on {@code node} and returns it. */
    <N extends Node> N on(N node) {
        node.setUserData(this);
        return node;
    }

    /** Whether the node tells what {@code step} has not revealed yet; a node without tags never does. */
    static boolean aheadOf(Node node, RevealStep step) {
        return node.getUserData() instanceof RevealTags tags
                && (tags.stageIds().stream().anyMatch(id -> !step.opens(id))
                || tags.touchpointIds().stream().anyMatch(id -> !step.shows(id)));
    }
}
