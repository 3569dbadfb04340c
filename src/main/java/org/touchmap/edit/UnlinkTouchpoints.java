package org.touchmap.edit;

import java.util.Objects;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Touchpoint;

/** Takes the link at a position out of a chain; undo puts it back at the same position. */
public final class UnlinkTouchpoints implements Command {
    private final String chainId;
    private final int index;
    private ChainLink removed;
    private Description description;

    public UnlinkTouchpoints(String chainId, int index) {
        this.chainId = Objects.requireNonNull(chainId, "chainId");
        this.index = index;
        this.description = Description.of("chain.unlink", chainId, "?", "?");
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return map.findChain(chainId).filter(chain -> index >= 0 && index < chain.linkCount()).isPresent();
    }

    @Override
    public void execute(JourneyMap map) {
        Chain chain = map.chain(chainId);
        removed = chain.removeLink(index);
        description = Description.of("chain.unlink", chain.name(),
                nameOf(map, removed.from()), nameOf(map, removed.to()));
    }

    @Override
    public void undo(JourneyMap map) {
        map.chain(chainId).addLink(index, removed);
    }

    @Override
    public Description description() {
        return description;
    }

    /** The card's name, or its id if it is gone (the map would be inconsistent, but the menu must still show). */
    private static String nameOf(JourneyMap map, String touchpointId) {
        return map.findTouchpoint(touchpointId).map(Touchpoint::name).orElse(touchpointId);
    }
}
