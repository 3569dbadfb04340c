package org.touchmap.ui.properties;

import java.util.List;
import java.util.Optional;

import org.touchmap.edit.Command;
import org.touchmap.model.JourneyMap;

/**
 * One field of the property panel: how to read it from the elements being edited and how to
 * change it on all of them as one undoable command. Ids of elements that are gone are skipped.
 *
 * @param <V> the field's type; {@code null} where the model allows "not set"
 */
interface EditedValue<V> {

    /** The value of every edited element that still exists, in the order of {@code ids}. */
    List<V> read(JourneyMap map, List<String> ids);

    /**
     * One command that gives every edited element {@code value}, touching only the elements
     * that have another value; empty when all of them have it already, so that an edit which
     * changes nothing leaves no undo step.
     */
    Optional<Command> change(JourneyMap map, List<String> ids, V value);
}
