package org.touchmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapInvariants;

/** The check every command must pass: undo gives back an equal map, redo the changed one. */
final class Reversibility {
    private Reversibility() {
    }

    /**
     * Runs the command on a stack over {@code map} and checks execute, undo, redo, undo, redo.
     * Leaves the map changed and returns the stack for further checks.
     */
    static CommandStack assertReversible(JourneyMap map, Command command) {
        JourneyMap before = map.copy();
        CommandStack stack = new CommandStack(map);

        stack.execute(command);
        JourneyMap after = map.copy();
        assertNotEquals(before, after, "the command should change the map");
        assertEquals(List.of(), MapInvariants.problems(map));

        stack.undo();
        assertEquals(before, map, "undo should restore the map");
        stack.redo();
        assertEquals(after, map, "redo should repeat the change");
        stack.undo();
        assertEquals(before, map, "a second undo should restore the map");
        stack.redo();
        assertEquals(after, map, "a second redo should repeat the change");
        return stack;
    }
}
