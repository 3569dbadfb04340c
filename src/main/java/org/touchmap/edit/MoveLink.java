package org.touchmap.edit;

import java.util.Objects;

import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;

/** Moves a link of a chain from one position to another, e.g. to fix the order of steps. */
public final class MoveLink implements Command {
    private final String chainId;
    private final int fromIndex;
    private final int toIndex;
    private String label;

    public MoveLink(String chainId, int fromIndex, int toIndex) {
        this.chainId = Objects.requireNonNull(chainId, "chainId");
        this.fromIndex = fromIndex;
        this.toIndex = toIndex;
        this.label = chainId;
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return map.findChain(chainId).filter(chain -> isIndexOf(chain, fromIndex) && isIndexOf(chain, toIndex))
                .isPresent();
    }

    @Override
    public void execute(JourneyMap map) {
        Chain chain = map.chain(chainId);
        move(chain, fromIndex, toIndex);
        label = chain.name();
    }

    @Override
    public void undo(JourneyMap map) {
        move(map.chain(chainId), toIndex, fromIndex);
    }

    @Override
    public Description description() {
        return Description.of("chain.moveLink", label);
    }

    private static void move(Chain chain, int from, int to) {
        chain.addLink(to, chain.removeLink(from));
    }

    private static boolean isIndexOf(Chain chain, int index) {
        return index >= 0 && index < chain.linkCount();
    }
}
