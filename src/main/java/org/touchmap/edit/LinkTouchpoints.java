package org.touchmap.edit;

import java.util.Objects;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;

/**
 * Adds a link from one card to another to a chain, at the end or at a given position. A card may
 * appear in a chain more than once (the customer comes back), but never links to itself.
 */
public final class LinkTouchpoints implements Command {
    private final String chainId;
    private final ListPosition position;
    private final ChainLink link;
    private int insertedAt;
    private Description description;

    private LinkTouchpoints(String chainId, ListPosition position, ChainLink link) {
        this.chainId = Objects.requireNonNull(chainId, "chainId");
        this.position = position;
        this.link = link;
        this.description = Description.of("chain.link", chainId, link.from(), link.to());
    }

    /** Adds the link after the chain's last one. */
    public static LinkTouchpoints append(String chainId, String fromTouchpointId, String toTouchpointId) {
        return new LinkTouchpoints(chainId, ListPosition.END, new ChainLink(fromTouchpointId, toTouchpointId));
    }

    /** Inserts the link at {@code index} among the chain's links. */
    public static LinkTouchpoints insert(String chainId, int index, String fromTouchpointId, String toTouchpointId) {
        return new LinkTouchpoints(chainId, ListPosition.at(index), new ChainLink(fromTouchpointId, toTouchpointId));
    }

    public ChainLink link() {
        return link;
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return map.findChain(chainId).filter(chain -> position.fits(chain.linkCount())).isPresent()
                && map.hasTouchpoint(link.from()) && map.hasTouchpoint(link.to())
                && !link.from().equals(link.to());
    }

    @Override
    public void execute(JourneyMap map) {
        Chain chain = map.chain(chainId);
        insertedAt = position.resolve(chain.linkCount());
        chain.addLink(insertedAt, link);
        description = Description.of("chain.link", chain.name(),
                map.touchpoint(link.from()).name(), map.touchpoint(link.to()).name());
    }

    @Override
    public void undo(JourneyMap map) {
        map.chain(chainId).removeLink(insertedAt);
    }

    @Override
    public Description description() {
        return description;
    }
}
