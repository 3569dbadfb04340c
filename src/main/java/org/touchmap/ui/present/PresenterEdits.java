package org.touchmap.ui.present;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Node;

import org.touchmap.model.Rating;
import org.touchmap.ui.canvas.CanvasEditing;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;
import org.touchmap.ui.properties.RatingEdits;

/**
 * Live editing while presenting (E): off at the start of every presentation; when on, ratings,
 * renames, undo and redo act on the selected card, or on the newest revealed card when none is.
 */
final class PresenterEdits {
    private static final String EDITING = "editing";

    private final Node root;
    private final Supplier<Document> document;
    private final CanvasEditing editing;
    private final Selection selection;
    private final Supplier<Optional<String>> newestCard;
    private boolean on;

    PresenterEdits(Node root, Supplier<Document> document, CanvasEditing editing, Selection selection,
                   Supplier<Optional<String>> newestCard) {
        this.root = root;
        this.document = document;
        this.editing = editing;
        this.selection = selection;
        this.newestCard = newestCard;
    }

    boolean isOn() {
        return on;
    }

    void turnOff() {
        set(false);
    }

    void toggle() {
        set(!on);
    }

    /** Rates the selected cards, or the newest card when none is selected. */
    void rate(Rating rating) {
        List<String> cards = List.copyOf(selection.touchpoints());
        if (cards.isEmpty()) {
            cards = newestCard.get().map(List::of).orElse(List.of());
        }
        if (!cards.isEmpty()) {
            RatingEdits.rate(document.get(), cards, rating);
        }
    }

    /** Renames the selected card, or the newest one when not exactly one is selected. */
    void rename() {
        if (selection.touchpoints().size() != 1) {
            newestCard.get().ifPresent(id -> selection.selectTouchpoints(List.of(id)));
        }
        editing.renameSelected();
    }

    void undo() {
        document.get().undo();
    }

    void redo() {
        document.get().redo();
    }

    /** While editing, the selection shows as in the editor; see present.css. */
    private void set(boolean wanted) {
        on = wanted;
        root.getStyleClass().removeAll(EDITING);
        if (on) {
            root.getStyleClass().add(EDITING);
        }
    }
}
