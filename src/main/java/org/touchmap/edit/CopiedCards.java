package org.touchmap.edit;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/**
 * Cards taken out of a map for copy and paste, with the chain links that run between them.
 * Everything is a deep copy, so later edits of the map leave the copy as it was.
 *
 * @param cards  the cards in map order, with their old ids, stages, lanes and positions
 * @param chains the chains that linked two copied cards, holding only those links
 */
public record CopiedCards(List<Touchpoint> cards, List<Chain> chains) {

    public CopiedCards {
        cards = cards.stream().map(Touchpoint::copy).toList();
        chains = chains.stream().map(Chain::copy).toList();
    }

    /** The cards with the given ids (unknown ids are skipped) and the links among them. */
    public static CopiedCards of(JourneyMap map, Collection<String> touchpointIds) {
        Set<String> wanted = Set.copyOf(touchpointIds);
        List<Touchpoint> cards = map.touchpoints().stream().filter(tp -> wanted.contains(tp.id())).toList();
        List<Chain> chains = map.chains().stream()
                .map(chain -> linksAmong(chain, wanted))
                .filter(chain -> chain.linkCount() > 0)
                .toList();
        return new CopiedCards(cards, chains);
    }

    public boolean isEmpty() {
        return cards.isEmpty();
    }

    private static Chain linksAmong(Chain chain, Set<String> ids) {
        Chain part = chain.copy();
        part.setNextChainId(null);
        part.setLinks(chain.links().stream()
                .filter(link -> ids.contains(link.from()) && ids.contains(link.to()))
                .toList());
        return part;
    }
}
