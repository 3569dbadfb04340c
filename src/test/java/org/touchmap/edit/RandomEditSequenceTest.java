package org.touchmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapInvariants;
import org.touchmap.model.MedicalClinicMap;

/**
 * A long, seeded run of random edits mixed with undo and redo. Next to the stack it keeps a copy
 * of the map after every step it expects the history to hold, so every undo and redo is checked
 * against the exact map it must produce, and merging of moves against an independent model.
 */
class RandomEditSequenceTest {
    private static final long SEED = 20_260_316L;
    private static final int COMMANDS = 10_000;

    private final Random random = new Random(SEED);
    private final RandomEdits edits = new RandomEdits(random);
    private final JourneyMap map = MedicalClinicMap.build();
    private final JourneyMap start = map.copy();
    private final CommandStack stack = new CommandStack(map, Integer.MAX_VALUE);
    /** The map after each step the stack can undo, the newest last; the start is below them all. */
    private final Deque<JourneyMap> undoStates = new ArrayDeque<>();
    private final Deque<JourneyMap> redoStates = new ArrayDeque<>();
    private Command lastExecuted;
    private JourneyMap savedState = start;
    private int executed;
    private int merged;
    private int refused;

    @Test
    void tenThousandRandomCommandsWithUndoAndRedoKeepTheMapConsistentAndUndoAllTheWayBack() {
        for (int step = 0; executed + refused < COMMANDS; step++) {
            int roll = random.nextInt(100);
            String what;
            if (roll < 15 && stack.canUndo()) {
                what = undo();
            } else if (roll < 23 && stack.canRedo()) {
                what = redo();
            } else if (roll < 24) {
                stack.markSaved();
                savedState = map.copy();
                lastExecuted = null;
                what = "mark saved";
            } else {
                what = execute(edits.next(map));
            }
            List<String> problems = MapInvariants.problems(map);
            if (!problems.isEmpty()) {
                fail("step " + step + " (" + what + ") left " + problems);
            }
            if (!stack.isDirty()) {
                assertEquals(savedState, map, "a clean map must equal the saved one, step " + step);
            }
        }

        assertTrue(merged > 100 && refused > 100,
                "the run should exercise every path: " + executed + " executed, " + merged + " merged, "
                        + refused + " refused");
        while (stack.canUndo()) {
            undo();
        }
        assertEquals(start, map);
    }

    private String execute(Command command) {
        JourneyMap before = map.copy();
        boolean merges = lastExecuted instanceof MoveTouchpoints previous && command instanceof MoveTouchpoints move
                && previous.targets().keySet().equals(move.targets().keySet());
        try {
            stack.execute(command);
        } catch (IllegalArgumentException refusal) {
            assertEquals(before, map, "a refused command must leave the map alone: " + refusal.getMessage());
            refused++;
            return "refused " + command.description().text(Locale.ROOT);
        }
        redoStates.clear();
        if (merges) {
            undoStates.removeLast();
            merged++;
        }
        undoStates.addLast(map.copy());
        lastExecuted = command;
        executed++;
        return command.description().text(Locale.ROOT);
    }

    private String undo() {
        String what = "undo " + stack.undoDescription().orElseThrow().text(Locale.ROOT);
        stack.undo();
        redoStates.addLast(undoStates.removeLast());
        assertEquals(undoStates.isEmpty() ? start : undoStates.getLast(), map, what);
        assertTrue(stack.canRedo());
        lastExecuted = null;
        return what;
    }

    private String redo() {
        String what = "redo " + stack.redoDescription().orElseThrow().text(Locale.ROOT);
        stack.redo();
        JourneyMap expected = redoStates.removeLast();
        undoStates.addLast(expected);
        assertEquals(expected, map, what);
        assertFalse(undoStates.isEmpty());
        lastExecuted = null;
        return what;
    }
}
