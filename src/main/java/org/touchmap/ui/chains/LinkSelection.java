package org.touchmap.ui.chains;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.touchmap.model.JourneyMap;

/** The selected arrow, shared by the canvas, which shows it, and the chain panel, which lists it. */
public final class LinkSelection {
    private final ObjectProperty<SelectedLink> selected = new SimpleObjectProperty<>(this, "selected");

    /** The selected link, or {@code null}. */
    public ObjectProperty<SelectedLink> selectedProperty() {
        return selected;
    }

    public SelectedLink get() {
        return selected.get();
    }

    public void select(SelectedLink link) {
        selected.set(link);
    }

    public void clear() {
        selected.set(null);
    }

    /** Follows the selected link into a changed map, or lets it go if the link is gone. */
    public void keepValidIn(JourneyMap map) {
        SelectedLink current = selected.get();
        if (current != null) {
            selected.set(current.in(map).orElse(null));
        }
    }
}
