package org.touchmap.edit;

import java.util.Optional;

import org.touchmap.model.JourneyMap;

/**
 * One undoable change to a journey map. Run commands through a {@link CommandStack} rather than
 * calling {@link #execute} directly, so that undo, redo and the dirty flag stay right.
 */
public interface Command {

    /**
     * Applies the change. Also used for redo, so it captures whatever {@link #undo} needs anew
     * every time it runs. Throws {@link IllegalArgumentException} without changing the map when
     * a value is invalid (for example an emotion score outside −2..+2).
     */
    void execute(JourneyMap map);

    /** Reverts the last {@link #execute} on a map that is in the state that execute left it in. */
    void undo(JourneyMap map);

    /** What the change is called on the Edit menu: "Undo &lt;description&gt;". */
    Description description();

    /** Whether the command can run on the map as it is now, e.g. its target still exists. */
    default boolean isExecutable(JourneyMap map) {
        return true;
    }

    /**
     * A single command that does this one and then {@code next}, when the two belong to one
     * gesture (consecutive moves of the same cards during a drag). Called after both have run;
     * undoing the result must bring the map back to the state before this command.
     */
    default Optional<Command> mergeWith(Command next) {
        return Optional.empty();
    }
}
