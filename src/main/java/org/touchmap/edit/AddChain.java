package org.touchmap.edit;

import java.util.Objects;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.Ids;
import org.touchmap.model.JourneyMap;

/**
 * Adds a chain, possibly with links already (e.g. when pasted); the command keeps its own copy.
 */
public final class AddChain implements Command {
    private final ListPosition position;
    private final Chain chain;

    /** Adds a copy of {@code chain} at {@code index} among the chains. */
    public AddChain(int index, Chain chain) {
        this(ListPosition.at(index), chain);
    }

    private AddChain(ListPosition position, Chain chain) {
        this.position = position;
        this.chain = Objects.requireNonNull(chain, "chain").copy();
    }

    /** Adds a copy of {@code chain} after whatever chain is last when the command runs. */
    public static AddChain atEnd(Chain chain) {
        return new AddChain(ListPosition.END, chain);
    }

    /** A new chain without links, with a fresh {@code chain-} id, after the last chain. */
    public static AddChain newChain(JourneyMap map, String name, String color) {
        return atEnd(new Chain(Ids.next("chain", map.allIds()), name, color));
    }

    public String chainId() {
        return chain.id();
    }

    /** Executable when the id is free and every link and the next chain point at something that exists. */
    @Override
    public boolean isExecutable(JourneyMap map) {
        return position.fits(map.chains().size()) && !map.usesId(chain.id())
                && chain.links().stream().allMatch(link -> linksExisting(map, link))
                && (chain.nextChainId() == null || map.findChain(chain.nextChainId()).isPresent()
                        || chain.nextChainId().equals(chain.id()));
    }

    @Override
    public void execute(JourneyMap map) {
        map.addChain(position.resolve(map.chains().size()), chain.copy());
    }

    @Override
    public void undo(JourneyMap map) {
        Chain added = map.chain(chain.id());
        // A chain that continues into itself would otherwise block its own removal.
        added.setNextChainId(null);
        map.removeChain(chain.id());
    }

    @Override
    public Description description() {
        return Description.of("chain.add", chain.name());
    }

    private static boolean linksExisting(JourneyMap map, ChainLink link) {
        return map.hasTouchpoint(link.from()) && map.hasTouchpoint(link.to());
    }
}
