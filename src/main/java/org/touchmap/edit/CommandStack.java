package org.touchmap.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.touchmap.model.JourneyMap;

/**
 * Runs commands on one map and keeps their undo and redo history.
 *
 * <p>Each state of the map the history can reach has its own id; {@link #markSaved()} remembers
 * the id of the current one, so undoing back to the saved state makes the map clean again.
 * {@link #revision()} is a separate counter that only grows, for views that redraw on change.
 *
 * <p>The stack is not thread-safe; use it from one thread (the UI thread). It is not re-entrant
 * either: a command or a listener that tries to execute, undo, redo or mark saved gets an
 * {@link IllegalStateException}, because an edit started in the middle of another would record
 * history in the wrong order. A change that must follow another belongs in the same
 * {@link CompositeCommand}.
 */
public final class CommandStack {
    /** How many undo steps are kept unless the caller chooses otherwise. */
    public static final int DEFAULT_HISTORY_LIMIT = 500;

    private final JourneyMap map;
    private final int historyLimit;
    /** Undoable steps, the most recent last. */
    private final Deque<Step> undoSteps = new ArrayDeque<>();
    /** Undone steps, the next one to redo last. */
    private final Deque<Step> redoSteps = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long revision;
    private long lastStateId;
    /** The state below the oldest undo step: the start, or the result of a step dropped from history. */
    private long bottomStateId;
    private long savedStateId;
    /** Only a command executed right after another may merge with it; an undo, redo or save in between stops it. */
    private boolean lastChangeWasExecute;
    private boolean busy;

    /** Whether an operation changes the map, and so the revision. */
    private enum Effect { CHANGES_MAP, KEEPS_MAP }

    /** A command in the history and the id of the state it leads to. */
    private record Step(Command command, long stateAfter) {
    }

    public CommandStack(JourneyMap map) {
        this(map, DEFAULT_HISTORY_LIMIT);
    }

    /** A stack that keeps at most {@code historyLimit} undo steps, dropping the oldest. */
    public CommandStack(JourneyMap map, int historyLimit) {
        if (historyLimit < 1) {
            throw new IllegalArgumentException("The history must keep at least one step: " + historyLimit);
        }
        this.map = Objects.requireNonNull(map, "map");
        this.historyLimit = historyLimit;
    }

    public JourneyMap map() {
        return map;
    }

    public int historyLimit() {
        return historyLimit;
    }

    /**
     * Runs the command as a new undo step, forgets what could be redone, and merges it into the
     * previous step when both belong to one gesture. Only a command executed right after the
     * previous one merges: after an undo, a redo or a save the gesture is over, and the saved
     * state stays reachable by undo.
     *
     * @throws IllegalArgumentException when the command is not executable on the map as it is
     * @throws IllegalStateException    when called from a command or a listener
     */
    public void execute(Command command) {
        Objects.requireNonNull(command, "command");
        runExclusively(Effect.CHANGES_MAP, () -> {
            if (!command.isExecutable(map)) {
                throw new IllegalArgumentException("\"" + command.description().text(Locale.ROOT)
                        + "\" cannot run on this map: its target is gone or a value is not allowed");
            }
            command.execute(map);
            redoSteps.clear();
            Optional<Command> merged = mergeWithLastStep(command);
            if (merged.isPresent()) {
                undoSteps.removeLast();
                undoSteps.addLast(new Step(merged.get(), ++lastStateId));
            } else {
                undoSteps.addLast(new Step(command, ++lastStateId));
                dropStepsBeyondLimit();
            }
            lastChangeWasExecute = true;
        });
    }

    public boolean canUndo() {
        return !undoSteps.isEmpty();
    }

    public boolean canRedo() {
        return !redoSteps.isEmpty();
    }

    /** @throws IllegalStateException when there is nothing to undo, or when called re-entrantly */
    public void undo() {
        if (!canUndo()) {
            throw new IllegalStateException("Nothing to undo");
        }
        runExclusively(Effect.CHANGES_MAP, () -> {
            Step step = undoSteps.getLast();
            step.command().undo(map);
            undoSteps.removeLast();
            redoSteps.addLast(step);
            lastChangeWasExecute = false;
        });
    }

    /** @throws IllegalStateException when there is nothing to redo, or when called re-entrantly */
    public void redo() {
        if (!canRedo()) {
            throw new IllegalStateException("Nothing to redo");
        }
        runExclusively(Effect.CHANGES_MAP, () -> {
            Step step = redoSteps.getLast();
            step.command().execute(map);
            redoSteps.removeLast();
            undoSteps.addLast(step);
            lastChangeWasExecute = false;
        });
    }

    public Optional<Description> undoDescription() {
        return Optional.ofNullable(undoSteps.peekLast()).map(step -> step.command().description());
    }

    public Optional<Description> redoDescription() {
        return Optional.ofNullable(redoSteps.peekLast()).map(step -> step.command().description());
    }

    /** A number that grows on every execute, undo and redo; views compare it to know they are stale. */
    public long revision() {
        return revision;
    }

    /** Remembers the current state as the one on disk. */
    public void markSaved() {
        runExclusively(Effect.KEEPS_MAP, () -> {
            savedStateId = currentStateId();
            lastChangeWasExecute = false;
        });
    }

    /** Forgets that any state is on disk, as for a map recovered after a crash: every state is unsaved. */
    public void markUnsaved() {
        runExclusively(Effect.KEEPS_MAP, () -> savedStateId = -1);
    }

    /** Whether the map differs from the state last marked saved (the starting state counts as saved). */
    public boolean isDirty() {
        return currentStateId() != savedStateId;
    }

    /**
     * Adds a listener called after every execute, undo, redo and markSaved, when the change is
     * done and recorded. A listener that throws does not stop the others; the caller of the
     * operation gets the exception, but the change stays done.
     */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private Optional<Command> mergeWithLastStep(Command next) {
        Step last = undoSteps.peekLast();
        if (!lastChangeWasExecute || last == null) {
            return Optional.empty();
        }
        return last.command().mergeWith(next);
    }

    private void dropStepsBeyondLimit() {
        while (undoSteps.size() > historyLimit) {
            bottomStateId = undoSteps.removeFirst().stateAfter();
        }
    }

    private long currentStateId() {
        Step last = undoSteps.peekLast();
        return last == null ? bottomStateId : last.stateAfter();
    }

    /**
     * Runs a change with the stack locked, then tells the listeners while it is still locked, so
     * that neither the command nor a listener can start another edit half-way through this one.
     */
    private void runExclusively(Effect effect, Runnable change) {
        if (busy) {
            throw new IllegalStateException(
                    "An edit was started from inside another edit or from a command stack listener");
        }
        busy = true;
        try {
            change.run();
            if (effect == Effect.CHANGES_MAP) {
                revision++;
            }
            notifyListeners();
        } finally {
            busy = false;
        }
    }

    /** Every listener hears of the change even if one fails; the first failure is rethrown after. */
    private void notifyListeners() {
        RuntimeException failure = null;
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
