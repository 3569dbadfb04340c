package org.touchmap.render;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.touchmap.layout.Connector;
import org.touchmap.layout.MapLayout;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;

/**
 * Which chains a picture shows. With one chain chosen, only its arrows are drawn and the cards
 * outside it are faded, as the canvas shows its active chain; a chain without arrows fades
 * nothing, since it would only hide the whole map.
 */
final class ChainFocus {
    private final String chainId;
    private final Set<String> cardsInChain = new HashSet<>();

    private ChainFocus(String chainId, MapLayout layout) {
        this.chainId = chainId;
        if (chainId != null) {
            for (Connector connector : layout.connectors()) {
                if (connector.chainId().equals(chainId) && !connector.nextChain()) {
                    cardsInChain.add(connector.fromTouchpointId());
                    cardsInChain.add(connector.toTouchpointId());
                }
            }
        }
    }

    /** Every chain, or only {@code chainId}'s when it is not {@code null}. */
    static ChainFocus of(String chainId, MapLayout layout) {
        return new ChainFocus(chainId, layout);
    }

    boolean drawsArrow(Connector connector) {
        return chainId == null || connector.chainId().equals(chainId);
    }

    boolean fades(String touchpointId) {
        return !cardsInChain.isEmpty() && !cardsInChain.contains(touchpointId);
    }

    /** The chains the legend lists: the one shown, or all. */
    List<Chain> chainsShown(JourneyMap map) {
        return map.chains().stream().filter(chain -> chainId == null || chain.id().equals(chainId)).toList();
    }
}
