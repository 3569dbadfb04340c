package org.touchmap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;

/**
 * Deletes a chain. Chains that continued into it lose their "next chain"; undo restores the chain
 * at its place in the list and every "next chain" that pointed at it.
 */
public final class RemoveChain implements Command {
    private final String chainId;
    private String label;
    private Chain removed;
    private int index;
    /** Chains, possibly including this one, whose next chain was this one. */
    private final List<String> continuingChainIds = new ArrayList<>();
    /** Emotion lanes that drew this chain's curve and draw the stages' averages without it. */
    private final List<String> followingLaneIds = new ArrayList<>();

    public RemoveChain(String chainId) {
        this.chainId = Objects.requireNonNull(chainId, "chainId");
        this.label = chainId;
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return map.findChain(chainId).isPresent();
    }

    @Override
    public void execute(JourneyMap map) {
        Chain chain = map.chain(chainId);
        continuingChainIds.clear();
        for (Chain other : map.chains()) {
            if (chainId.equals(other.nextChainId())) {
                other.setNextChainId(null);
                continuingChainIds.add(other.id());
            }
        }
        followingLaneIds.clear();
        for (Lane lane : map.lanes()) {
            if (chainId.equals(lane.chainId())) {
                lane.setChainId(null);
                followingLaneIds.add(lane.id());
            }
        }
        index = map.removeChain(chainId);
        removed = chain;
        label = chain.name();
    }

    @Override
    public void undo(JourneyMap map) {
        map.addChain(index, removed);
        continuingChainIds.forEach(id -> map.chain(id).setNextChainId(chainId));
        followingLaneIds.forEach(id -> map.lane(id).setChainId(chainId));
    }

    @Override
    public Description description() {
        return Description.of("chain.remove", label);
    }
}
