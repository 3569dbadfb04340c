package org.touchmap.ui.chains;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.touchmap.layout.Connector;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;

/**
 * One arrow a person has selected: a link of a chain by its position, or the chain's arrow into
 * its next chain ({@link Connector#NEXT_CHAIN_LINK}). The two cards are kept too, so the selection
 * can follow its link when other links of the chain move.
 */
public record SelectedLink(String chainId, int index, String fromId, String toId) {
    public SelectedLink {
        Objects.requireNonNull(chainId, "chainId");
    }

    public static SelectedLink of(Connector connector) {
        return new SelectedLink(connector.chainId(), connector.linkIndex(), connector.fromTouchpointId(),
                connector.toTouchpointId());
    }

    public boolean isNextChainArrow() {
        return index == Connector.NEXT_CHAIN_LINK;
    }

    /** Whether the connector draws this link. */
    public boolean isDrawnBy(Connector connector) {
        return connector.chainId().equals(chainId) && connector.linkIndex() == index;
    }

    /**
     * The same link in a changed map: at its position if it is still there, else where the same two
     * cards are linked in the chain (the one nearest the old position), else nothing.
     */
    public Optional<SelectedLink> in(JourneyMap map) {
        Optional<Chain> chain = map.findChain(chainId);
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        if (isNextChainArrow()) {
            return chain.get().nextChainId() == null ? Optional.empty() : Optional.of(this);
        }
        List<ChainLink> links = chain.get().links();
        ChainLink wanted = new ChainLink(fromId, toId);
        if (index < links.size() && links.get(index).equals(wanted)) {
            return Optional.of(this);
        }
        int nearest = -1;
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).equals(wanted) && (nearest < 0 || Math.abs(i - index) < Math.abs(nearest - index))) {
                nearest = i;
            }
        }
        return nearest < 0 ? Optional.empty() : Optional.of(new SelectedLink(chainId, nearest, fromId, toId));
    }
}
