package org.touchmap.ui.editor;

import org.touchmap.edit.CommandStack;
import org.touchmap.ui.i18n.Messages;
import org.touchmap.model.JourneyMap;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An open map: the map itself, its undo history and the file it belongs to. A map opened
 * from a bundled sample or made new has no file until it is saved.
 */
public final class Document {
    private final CommandStack commands;
    private Path file;

    public Document(JourneyMap map, Path file) {
        this.commands = new CommandStack(Objects.requireNonNull(map));
        this.file = file;
    }

    public JourneyMap map() {
        return commands.map();
    }

    public CommandStack commands() {
        return commands;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Records that the map now lives in {@code savedTo} and matches it. */
    public void savedAs(Path savedTo) {
        this.file = Objects.requireNonNull(savedTo);
        commands.markSaved();
    }

    public boolean isDirty() {
        return commands.isDirty();
    }

    /** The name shown in the window title: the file name, or the map's title when there is no file. */
    public String displayName() {
        if (file != null) {
            return file.getFileName().toString();
        }
        return map().title().isBlank() ? Messages.get("document.untitled") : map().title();
    }
}
