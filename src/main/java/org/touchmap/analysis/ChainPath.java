package org.touchmap.analysis;

import java.util.ArrayList;
import java.util.List;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;

/**
 * The way a customer walks along a chain: the touchpoints in the order of its links, a touchpoint
 * visited twice (a loop) appearing twice. Unlike {@link Chain#touchpointIds()}, which keeps each
 * touchpoint once at its first appearance, this keeps the step back to an earlier card.
 */
final class ChainPath {
    private ChainPath() {
    }

    /**
     * The chain's touchpoint ids step by step, split where a link does not start at the touchpoint
     * the previous link ended at (the chain has a gap there). Empty for a chain without links.
     */
    static List<List<String>> segments(Chain chain) {
        List<List<String>> segments = new ArrayList<>();
        List<String> segment = new ArrayList<>();
        for (ChainLink link : chain.links()) {
            if (segment.isEmpty() || !segment.get(segment.size() - 1).equals(link.from())) {
                if (!segment.isEmpty()) {
                    segments.add(List.copyOf(segment));
                }
                segment = new ArrayList<>();
                segment.add(link.from());
            }
            segment.add(link.to());
        }
        if (!segment.isEmpty()) {
            segments.add(List.copyOf(segment));
        }
        return segments;
    }

    /** Every step of the chain in link order, the segments one after another. */
    static List<String> steps(Chain chain) {
        return segments(chain).stream().flatMap(List::stream).toList();
    }
}
