package org.touchmap.ui.canvas;

import java.util.List;
import java.util.Optional;

import org.touchmap.edit.AddChain;
import org.touchmap.edit.AddTouchpoint;
import org.touchmap.edit.Command;
import org.touchmap.edit.CompositeCommand;
import org.touchmap.edit.LinkTouchpoints;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.chains.ChainLinking;
import org.touchmap.ui.editor.Selection;

/**
 * How cards typed by fast entry join a chain: each new card is linked from the last card of the
 * active chain, in the same undo step as the card. With no active chain the second typed card
 * starts a new one from the first (in the second card's step) and it becomes the active chain, so
 * that what a workshop says in order ends up linked in that order, and one card alone makes no chain.
 */
final class TypedCardChaining {
    private final Selection selection;
    /** The first card typed while no chain, or one without links, was active: the next one links from it. */
    private String chainStart;
    /** Set while this class itself makes a chain active, which must not forget {@link #chainStart}. */
    private boolean activating;

    TypedCardChaining(Selection selection) {
        this.selection = selection;
        selection.chain().addListener((obs, old, now) -> {
            if (!activating) {
                chainStart = null;
            }
        });
    }

    /** What fast entry runs for a typed card, and the chain it starts, if any. */
    record Entry(Command command, String startedChainId, String cardId) {
    }

    /**
     * Adds the card and links it into the active chain as one command. With no active chain the first
     * card waits, and the second starts a chain from it, so a single typed card leaves no empty chain.
     */
    Entry add(JourneyMap map, AddTouchpoint add) {
        String chainId = selection.chain().get();
        Optional<Chain> chain = chainId == null ? Optional.empty() : map.findChain(chainId);
        if (chain.isEmpty()) {
            if (chainStart == null || !map.hasTouchpoint(chainStart)) {
                chainStart = add.touchpointId();
                return new Entry(add, null, add.touchpointId());
            }
            Chain started = ChainLinking.newChain(map);
            return new Entry(new CompositeCommand(add.description(), List.of(AddChain.atEnd(started), add,
                    LinkTouchpoints.append(started.id(), chainStart, add.touchpointId()))),
                    started.id(), add.touchpointId());
        }
        List<ChainLink> links = chain.get().links();
        String from = !links.isEmpty() ? links.get(links.size() - 1).to()
                : chainStart != null && map.hasTouchpoint(chainStart) ? chainStart : null;
        if (from == null) {
            chainStart = add.touchpointId();
            return new Entry(add, null, add.touchpointId());
        }
        return new Entry(new CompositeCommand(add.description(),
                List.of(add, LinkTouchpoints.append(chainId, from, add.touchpointId()))), null, add.touchpointId());
    }

    /** After the entry's command ran: a chain it started becomes the active one, and the next card links on. */
    void added(Entry entry) {
        if (entry.startedChainId() == null) {
            return;
        }
        activating = true;
        try {
            selection.selectChain(entry.startedChainId());
        } finally {
            activating = false;
        }
        chainStart = entry.cardId();
    }
}
