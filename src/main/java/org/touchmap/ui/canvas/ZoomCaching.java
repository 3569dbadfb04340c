package org.touchmap.ui.canvas;

import java.util.Collection;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.scene.CacheHint;
import javafx.util.Duration;

/**
 * Cards are drawn from a cached picture of themselves (a card is a dozen shapes and glyphs, a
 * picture one copy). A change of zoom would draw every card in view anew at each step, so while
 * the zoom changes the cards' pictures are scaled instead; once it has settled for a moment
 * they are drawn sharp at the new zoom.
 */
final class ZoomCaching {
    /** How long the zoom must stay put before the cards are drawn sharp again. */
    static final Duration SETTLE = Duration.millis(250);

    private final Supplier<Collection<CardNode>> cards;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private CacheHint hint = CacheHint.DEFAULT;

    ZoomCaching(Supplier<Collection<CardNode>> cards) {
        this.cards = cards;
        settle.setOnFinished(event -> apply(CacheHint.DEFAULT));
    }

    /** The zoom changed: scale the pictures until it settles. */
    void zoomChanged() {
        apply(CacheHint.SCALE);
        settle.playFromStart();
    }

    /** What a card made now should draw with. */
    CacheHint hint() {
        return hint;
    }

    boolean zooming() {
        return hint != CacheHint.DEFAULT;
    }

    private void apply(CacheHint next) {
        if (next != hint) {
            hint = next;
            for (CardNode card : cards.get()) {
                card.setCacheHint(next);
            }
        }
    }
}
