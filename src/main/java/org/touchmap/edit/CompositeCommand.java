package org.touchmap.edit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.touchmap.model.JourneyMap;

/**
 * Several commands as one undo step, e.g. deleting a multi-selection or changing the rating of
 * many cards. The parts run in order and are undone in reverse order.
 *
 * <p>The whole either happens or not at all: each part depends on the ones before it, so it is
 * checked just before it runs; if one is not executable or throws, the parts already done are
 * undone and {@link #execute} throws with the map as it was.
 */
public final class CompositeCommand implements Command {
    private final Description description;
    private final List<Command> parts;

    public CompositeCommand(Description description, List<? extends Command> parts) {
        this.description = Objects.requireNonNull(description, "description");
        this.parts = List.copyOf(parts);
    }

    public List<Command> parts() {
        return parts;
    }

    @Override
    public void execute(JourneyMap map) {
        for (int done = 0; done < parts.size(); done++) {
            Command part = parts.get(done);
            try {
                if (!part.isExecutable(map)) {
                    throw new IllegalArgumentException("Part " + (done + 1) + " of \""
                            + description.text(Locale.ROOT) + "\" cannot run: \""
                            + part.description().text(Locale.ROOT) + "\"");
                }
                part.execute(map);
            } catch (RuntimeException e) {
                undoFirst(done, map);
                throw e;
            }
        }
    }

    @Override
    public void undo(JourneyMap map) {
        undoFirst(parts.size(), map);
    }

    /** Checks the first part only: the later ones can only be judged once the earlier have run. */
    @Override
    public boolean isExecutable(JourneyMap map) {
        return parts.isEmpty() || parts.get(0).isExecutable(map);
    }

    @Override
    public Description description() {
        return description;
    }

    private void undoFirst(int count, JourneyMap map) {
        for (int i = count - 1; i >= 0; i--) {
            parts.get(i).undo(map);
        }
    }
}
