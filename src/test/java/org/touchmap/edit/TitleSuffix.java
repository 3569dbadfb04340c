package org.touchmap.edit;

import java.util.List;
import java.util.Optional;

import org.touchmap.model.JourneyMap;

/**
 * A command for testing the stack itself: appends a suffix to the map's title and writes what it
 * does into a shared log. Suffixes of the same "gesture" merge when asked to.
 */
class TitleSuffix implements Command {
    private final String suffix;
    private final List<String> log;
    private final boolean mergeable;

    TitleSuffix(String suffix, List<String> log) {
        this(suffix, log, false);
    }

    TitleSuffix(String suffix, List<String> log, boolean mergeable) {
        this.suffix = suffix;
        this.log = log;
        this.mergeable = mergeable;
    }

    @Override
    public void execute(JourneyMap map) {
        map.setTitle(map.title() + suffix);
        log.add("do " + suffix);
    }

    @Override
    public void undo(JourneyMap map) {
        map.setTitle(map.title().substring(0, map.title().length() - suffix.length()));
        log.add("undo " + suffix);
    }

    @Override
    public Description description() {
        return Description.of("map.change.title", suffix);
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        if (mergeable && next instanceof TitleSuffix other && other.mergeable) {
            return Optional.of(new TitleSuffix(suffix + other.suffix, log, true));
        }
        return Optional.empty();
    }
}
