package org.touchmap.ui.properties;

import java.util.Optional;

import org.touchmap.edit.Command;

/** A control of the panel tied to one field of the elements in its form's {@link EditScope}. */
interface FieldEditor {

    /** Shows the field as the map has it now. Never changes the map. */
    void load();

    /**
     * What the person typed but has not committed yet, as a command ready to run later; the
     * control goes back to the stored value. Used when the form is about to show other elements,
     * so that the typed text still goes to the elements it was typed for.
     */
    default Optional<Command> takePendingEdit() {
        return Optional.empty();
    }
}
