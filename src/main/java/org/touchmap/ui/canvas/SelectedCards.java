package org.touchmap.ui.canvas;

import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * Keeps the cards' selected look in step with the editor's set of selected touchpoints, both ways
 * round a redraw: a change of the set marks or unmarks the cards, and a redraw drops the ids whose
 * cards are gone and marks the new nodes of those still there.
 */
final class SelectedCards {
    private final CanvasContent content;
    private final ObservableSet<String> selection;

    SelectedCards(CanvasContent content, ObservableSet<String> selection) {
        this.content = content;
        this.selection = selection;
    }

    void install() {
        selection.addListener((SetChangeListener<String>) change -> {
            if (change.wasAdded()) {
                content.card(change.getElementAdded()).ifPresent(card -> card.setSelected(true));
            }
            if (change.wasRemoved()) {
                content.card(change.getElementRemoved()).ifPresent(card -> card.setSelected(false));
            }
        });
    }

    /** After a redraw: cards that still exist stay selected, the others leave the selection. */
    void redrawn() {
        selection.retainAll(content.cardIds());
        selection.forEach(id -> content.card(id).ifPresent(card -> card.setSelected(true)));
    }
}
