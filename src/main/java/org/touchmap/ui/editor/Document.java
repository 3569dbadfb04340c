package org.touchmap.ui.editor;

import org.touchmap.edit.CommandStack;
import org.touchmap.io.files.FileStamp;
import org.touchmap.ui.i18n.Messages;
import org.touchmap.model.JourneyMap;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An open map: the map itself, its undo history and the file it belongs to. A map opened
 * from a bundled sample or made new has no file until it is saved. The document also remembers
 * the stamp of its file as last read or written, so that a change made by someone else can be
 * noticed before it is overwritten.
 */
public final class Document {
    private final CommandStack commands;
    private Path file;
    private FileStamp stamp;
    /** Set when the file went away on disk: the map is then unsaved whatever its history says. */
    private boolean fileLost;

    public Document(JourneyMap map, Path file) {
        this.commands = new CommandStack(Objects.requireNonNull(map));
        this.file = file;
    }

    /** A map read from {@code file}, whose content on disk had {@code stamp} when it was read. */
    public Document(JourneyMap map, Path file, FileStamp stamp) {
        this(map, Objects.requireNonNull(file));
        this.stamp = stamp;
    }

    public JourneyMap map() {
        return commands.map();
    }

    /** Undoes the last change, if there is one; a key pressed once too often does nothing. */
    public void undo() {
        if (commands.canUndo()) {
            commands.undo();
        }
    }

    /** Redoes the last change undone, if there is one. */
    public void redo() {
        if (commands.canRedo()) {
            commands.redo();
        }
    }

    public CommandStack commands() {
        return commands;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Records that the map now lives in {@code savedTo} and matches it; what the file looks like on disk is not known. */
    public void savedAs(Path savedTo) {
        this.file = Objects.requireNonNull(savedTo);
        this.stamp = null;
        this.fileLost = false;
        commands.markSaved();
    }

    /** Records that the map now lives in {@code savedTo}, whose content on disk has {@code savedStamp}. */
    public void savedAs(Path savedTo, FileStamp savedStamp) {
        savedAs(savedTo);
        this.stamp = Objects.requireNonNull(savedStamp);
    }

    /** The file's stamp when this map last read it, wrote it or accepted its content; empty if never known. */
    public Optional<FileStamp> stamp() {
        return Optional.ofNullable(stamp);
    }

    /** Accepts {@code current} as the file's content on disk, e.g. when the person keeps their map over a change. */
    public void rememberStamp(FileStamp current) {
        this.stamp = Objects.requireNonNull(current);
    }

    /**
     * Records that the file is gone from disk: the map stays open and counts as unsaved, so that
     * saving writes it back. The caller refreshes what shows the unsaved state.
     */
    public void fileWasLost() {
        this.stamp = FileStamp.missing();
        this.fileLost = true;
    }

    public boolean isDirty() {
        return fileLost || commands.isDirty();
    }

    /** The name shown in the window title: the file name, or the map's title when there is no file. */
    public String displayName() {
        if (file != null) {
            return file.getFileName().toString();
        }
        return map().title().isBlank() ? Messages.get("document.untitled") : map().title();
    }
}
