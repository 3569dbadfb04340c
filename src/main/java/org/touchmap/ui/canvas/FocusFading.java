package org.touchmap.ui.canvas;

import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;

import org.touchmap.analysis.Focus;
import org.touchmap.model.JourneyMap;

/**
 * Fades the cards outside the person's {@link Focus}, and the arrows that leave or enter them, and
 * marks the cards a search found. Nothing is hidden or changed in the map. The focus is applied
 * again after every rebuild, so it follows edits; a focus on a chain or lane that was deleted is
 * cleared rather than left fading every card.
 */
final class FocusFading {
    static final PseudoClass OUT_OF_FOCUS = PseudoClass.getPseudoClass("out-of-focus");
    static final PseudoClass SEARCH_MATCH = PseudoClass.getPseudoClass("search-match");

    private final CanvasContent content;
    private final Supplier<JourneyMap> map;
    private final ObjectProperty<Focus> focus = new SimpleObjectProperty<>(this, "focus");
    private final ReadOnlyObjectWrapper<Set<String>> kept = new ReadOnlyObjectWrapper<>(this, "kept", Set.of());
    private Set<String> searchMatches = Set.of();

    FocusFading(CanvasContent content, Supplier<JourneyMap> map) {
        this.content = content;
        this.map = map;
        focus.addListener((obs, old, now) -> apply());
    }

    ObjectProperty<Focus> focusProperty() {
        return focus;
    }

    /** Ids of the cards the focus keeps; empty without a focus. */
    ReadOnlyObjectProperty<Set<String>> keptProperty() {
        return kept.getReadOnlyProperty();
    }

    void markSearchMatches(Collection<String> ids) {
        searchMatches = Set.copyOf(ids);
        applySearch();
    }

    /** Marks the nodes of the current layout; called again after every rebuild. */
    void apply() {
        JourneyMap shown = map.get();
        Focus current = focus.get();
        if (current != null && shown != null && !current.appliesTo(shown)) {
            focus.set(null);
            return;
        }
        Set<String> keep = current == null || shown == null ? null : current.keptTouchpoints(shown);
        for (CardNode card : content.cards()) {
            card.pseudoClassStateChanged(OUT_OF_FOCUS, keep != null && !keep.contains(card.touchpointId()));
        }
        for (ConnectorNode arrow : content.connectors()) {
            boolean outside = keep != null && !(keep.contains(arrow.connector().fromTouchpointId())
                    && keep.contains(arrow.connector().toTouchpointId()));
            arrow.pseudoClassStateChanged(OUT_OF_FOCUS, outside);
        }
        Set<String> keptNotes = current == null || shown == null ? null : current.keptNotes(shown);
        for (NoteNode note : content.notes()) {
            note.pseudoClassStateChanged(OUT_OF_FOCUS, keptNotes != null && !keptNotes.contains(note.noteId()));
        }
        kept.set(keep == null ? Set.of() : Set.copyOf(keep));
        applySearch();
    }

    private void applySearch() {
        for (CardNode card : content.cards()) {
            card.pseudoClassStateChanged(SEARCH_MATCH, searchMatches.contains(card.touchpointId()));
        }
        for (NoteNode note : content.notes()) {
            note.pseudoClassStateChanged(SEARCH_MATCH, searchMatches.contains(note.noteId()));
        }
    }
}
