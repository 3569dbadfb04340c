package org.touchmap.ui.canvas;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * The layers of badges drawn over the cards: analysis ranks and stage health, dot votes, changes
 * since a snapshot. Presenter mode hides them all, as a badge over a card not revealed yet would
 * give it away; the canvas's style sheet does the hiding.
 */
public final class BadgeLayers {
    static final String STYLE_CLASS = "badge-layer";
    private static final PseudoClass PRESENTING = PseudoClass.getPseudoClass("presenting");

    private BadgeLayers() {
    }

    /** Marks {@code layer} as a layer of badges over the cards of a canvas. */
    public static void mark(Node layer) {
        layer.getStyleClass().add(STYLE_CLASS);
    }

    /** Hides the badge layers of {@code canvas} while presenting, and shows them again after. */
    public static void hideWhilePresenting(MapCanvas canvas, boolean presenting) {
        canvas.pseudoClassStateChanged(PRESENTING, presenting);
    }
}
