package org.touchmap.ui.canvas;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;

import org.touchmap.layout.Connector;
import org.touchmap.layout.MapLayout;

/**
 * Shows the active chain on its own: its arrows bold, the arrows of other chains and the cards
 * outside it faded. Nothing is hidden or changed in the map; with no active chain, or an active
 * chain without arrows yet, everything looks as usual.
 */
final class ChainEmphasis {
    static final PseudoClass FADED = PseudoClass.getPseudoClass("faded");
    static final PseudoClass EMPHASIZED = PseudoClass.getPseudoClass("emphasized");

    private final CanvasContent content;
    private final ObservableValue<String> activeChain;
    private final Supplier<MapLayout> layout;

    ChainEmphasis(CanvasContent content, ObservableValue<String> activeChain, Supplier<MapLayout> layout) {
        this.content = content;
        this.activeChain = activeChain;
        this.layout = layout;
    }

    void install() {
        activeChain.addListener((obs, old, now) -> apply());
    }

    /** Marks the nodes of the current layout; called again after every rebuild. */
    void apply() {
        MapLayout current = layout.get();
        String chainId = activeChain.getValue();
        Set<String> cardsInChain = new HashSet<>();
        if (current != null && chainId != null) {
            for (Connector connector : current.connectors()) {
                if (connector.chainId().equals(chainId) && !connector.nextChain()) {
                    cardsInChain.add(connector.fromTouchpointId());
                    cardsInChain.add(connector.toTouchpointId());
                }
            }
        }
        // A new chain has no arrows yet; fading every card would only hide what the person is about to link.
        boolean emphasize = !cardsInChain.isEmpty();
        for (CardNode card : content.cards()) {
            card.pseudoClassStateChanged(FADED, emphasize && !cardsInChain.contains(card.touchpointId()));
        }
        for (ConnectorNode arrow : content.connectors()) {
            boolean own = emphasize && arrow.connector().chainId().equals(chainId);
            arrow.pseudoClassStateChanged(EMPHASIZED, own);
            arrow.pseudoClassStateChanged(FADED, emphasize && !own);
        }
    }
}
