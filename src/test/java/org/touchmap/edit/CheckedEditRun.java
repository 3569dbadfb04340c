package org.touchmap.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapInvariants;

/**
 * Random edits, undos and redos on a map with a bounded history, each step checked: the map stays
 * consistent and no card hides another, a refused command leaves it alone, and every undo and
 * redo gives exactly the map that was there before. Keeps copies only as deep as the history, so
 * a run can last millions of steps.
 */
final class CheckedEditRun {
    private final Random random;
    private final RandomEdits edits;
    private final JourneyMap map;
    private final CommandStack stack;
    private final int historyLimit;
    /** The map after each step the stack can undo, the newest last. */
    private final Deque<JourneyMap> undoStates = new ArrayDeque<>();
    private final Deque<JourneyMap> redoStates = new ArrayDeque<>();
    /** The map below the oldest step the stack can still undo. */
    private JourneyMap bottom;
    private Command lastExecuted;
    private long steps;
    private long executed;
    private long refused;
    private long undone;
    private long redone;

    CheckedEditRun(JourneyMap map, Random random, int historyLimit) {
        this.random = random;
        this.edits = new RandomEdits(random);
        this.map = map;
        this.historyLimit = historyLimit;
        this.stack = new CommandStack(map, historyLimit);
        this.bottom = map.copy();
    }

    /** One random step; returns a problem, or null when the step checked out. */
    String step() {
        steps++;
        int roll = random.nextInt(100);
        String what;
        String problem;
        if (roll < 15 && stack.canUndo()) {
            what = "undo " + stack.undoDescription().orElseThrow().text(Locale.ROOT);
            problem = undo();
        } else if (roll < 23 && stack.canRedo()) {
            what = "redo " + stack.redoDescription().orElseThrow().text(Locale.ROOT);
            problem = redo();
        } else {
            Command command = edits.next(map);
            what = command.description().text(Locale.ROOT);
            problem = execute(command);
        }
        if (problem == null) {
            List<String> inconsistencies = MapInvariants.problems(map);
            problem = inconsistencies.isEmpty() ? null : inconsistencies.toString();
        }
        return problem == null ? null : "step " + steps + " (" + what + "): " + problem;
    }

    /** Undoes everything the history holds; returns a problem, or null when it ends at the oldest state kept. */
    String undoAll() {
        while (stack.canUndo()) {
            String problem = undo();
            if (problem != null) {
                return "undoing all: " + problem;
            }
        }
        return map.equals(bottom) ? null : "undoing all did not give the oldest map kept";
    }

    private String execute(Command command) {
        JourneyMap before = map.copy();
        boolean merges = lastExecuted instanceof MoveTouchpoints previous && command instanceof MoveTouchpoints move
                && previous.targets().keySet().equals(move.targets().keySet());
        try {
            stack.execute(command);
        } catch (IllegalArgumentException refusal) {
            refused++;
            return before.equals(map) ? null : "a refused command changed the map";
        }
        executed++;
        redoStates.clear();
        if (merges) {
            undoStates.removeLast();
        }
        undoStates.addLast(map.copy());
        if (undoStates.size() > historyLimit) {
            bottom = undoStates.removeFirst();
        }
        lastExecuted = command;
        return null;
    }

    private String undo() {
        stack.undo();
        undone++;
        redoStates.addLast(undoStates.removeLast());
        lastExecuted = null;
        JourneyMap expected = undoStates.isEmpty() ? bottom : undoStates.getLast();
        return expected.equals(map) ? null : "undo did not give the map before the step";
    }

    private String redo() {
        stack.redo();
        redone++;
        JourneyMap expected = redoStates.removeLast();
        undoStates.addLast(expected);
        lastExecuted = null;
        return expected.equals(map) ? null : "redo did not give the map after the step";
    }

    long steps() {
        return steps;
    }

    String counts() {
        return steps + " steps: " + executed + " executed, " + refused + " refused, " + undone + " undone, "
                + redone + " redone";
    }
}
