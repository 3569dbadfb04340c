package org.touchmap.ui.document;

import org.touchmap.ui.Dialogs;
import javafx.beans.property.ObjectProperty;
import javafx.stage.Window;
import org.touchmap.io.files.FileStamp;
import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.i18n.Messages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Notices when the open map's file was changed or deleted by someone else: when the window
 * comes back to the front and before the map is saved over its file. The person decides
 * whether to reload the file or keep their map; nothing they made is overwritten silently and
 * nothing on disk is overwritten without asking.
 *
 * <p>Each change on disk is asked about once: focus flickers while a dialog is open, and a
 * person who chose to keep their map must not be asked again until the file changes again.
 */
final class ExternalChanges {
    /** What a save to the document's own file should do once the file on disk has been checked. */
    enum BeforeSaving { WRITE, SAVE_AS, STOP }

    private static final String NEWER_VERSION_KEY = "format.versionNewer";

    private final ObjectProperty<Document> document;
    private final Supplier<Window> owner;
    private final BooleanSupplier saveAs;
    private final Runnable unsavedStateChanged;
    private Document lastAskedFor;
    private FileStamp lastAskedAbout;
    private boolean asking;

    /**
     * @param saveAs              asks for a new file and saves the map there, telling whether it did
     * @param unsavedStateChanged called when the map became unsaved without an edit (its file was deleted)
     */
    ExternalChanges(ObjectProperty<Document> document, Supplier<Window> owner,
                    BooleanSupplier saveAs, Runnable unsavedStateChanged) {
        this.document = document;
        this.owner = owner;
        this.saveAs = saveAs;
        this.unsavedStateChanged = unsavedStateChanged;
    }

    /** The stamp of {@code file}, or empty when it cannot be read (then nobody can tell whether it changed). */
    static Optional<FileStamp> stampOf(Path file) {
        try {
            return Optional.of(FileStamp.of(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Like {@link #stampOf(Path)}, but reads the bytes only when the file's size or time moved on from {@code known}. */
    private static Optional<FileStamp> stampOf(Path file, FileStamp known) {
        try {
            return Optional.of(FileStamp.of(file, known));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Checks the file when the window comes to the front; asks only about a change not asked about yet. */
    void windowFocused() {
        Document current = document.get();
        if (asking || current == null || current.file().isEmpty() || current.stamp().isEmpty()) {
            return;
        }
        Path file = current.file().get();
        Optional<FileStamp> onDisk = stampOf(file, current.stamp().get());
        if (onDisk.isEmpty() || onDisk.get().sameContentAs(current.stamp().get()) || alreadyAsked(current, onDisk.get())) {
            return;
        }
        FileStamp disk = onDisk.get();
        rememberAsked(current, disk);
        asking = true;
        try {
            if (!disk.exists()) {
                fileDeleted(current, file);
                return;
            }
            switch (DocumentQuestions.askAboutExternalChange(owner.get(), current.displayName(), current.isDirty(), false)) {
                case RELOAD -> reload(file);
                case KEEP_MINE, CANCEL -> current.rememberStamp(disk);
                case SAVE_AS -> saveAs.getAsBoolean();
            }
        } finally {
            asking = false;
        }
    }

    /**
     * Checks the file before the map is written over it. A file changed elsewhere is never
     * replaced without asking; a deleted file is simply written back.
     */
    BeforeSaving beforeSaving(Path file) {
        Document current = document.get();
        Optional<FileStamp> onDisk = current.stamp().isPresent() ? stampOf(file, current.stamp().get()) : stampOf(file);
        if (current.stamp().isEmpty() || onDisk.isEmpty() || !onDisk.get().exists()
                || onDisk.get().sameContentAs(current.stamp().get())) {
            // Nothing known to compare with, or nothing there to lose: the save reports its own failures.
            return BeforeSaving.WRITE;
        }
        rememberAsked(current, onDisk.get());
        asking = true;
        try {
            if (madeByNewerVersion(file)) {
                return BeforeSaving.SAVE_AS;
            }
            return switch (DocumentQuestions.askAboutExternalChange(owner.get(), current.displayName(), current.isDirty(), true)) {
                case RELOAD -> {
                    reload(file);
                    yield BeforeSaving.STOP;
                }
                case KEEP_MINE -> BeforeSaving.WRITE;
                case SAVE_AS -> BeforeSaving.SAVE_AS;
                case CANCEL -> BeforeSaving.STOP;
            };
        } finally {
            asking = false;
        }
    }

    /**
     * A newer Touchmap wrote the file: writing this version's format over it would lose what that
     * version added, so the person is told and asked for another file instead.
     */
    private boolean madeByNewerVersion(Path file) {
        try {
            MapFiles.load(file);
            return false;
        } catch (MapFileException e) {
            if (!NEWER_VERSION_KEY.equals(e.key())) {
                return false;
            }
            Dialogs.error(owner.get(), Messages.get("error.save.header", file.getFileName()),
                    e.message(Messages.locale()) + "\n\n" + Messages.get("error.save.stillOpen"));
            return true;
        }
    }

    private boolean alreadyAsked(Document current, FileStamp disk) {
        return lastAskedFor == current && lastAskedAbout != null && disk.sameContentAs(lastAskedAbout);
    }

    private void rememberAsked(Document current, FileStamp disk) {
        lastAskedFor = current;
        lastAskedAbout = disk;
    }

    private void fileDeleted(Document current, Path file) {
        current.fileWasLost();
        unsavedStateChanged.run();
        Dialogs.information(owner.get(), Messages.get("external.deleted.header", file.getFileName()),
                Messages.get("external.deleted.detail", file));
    }

    /** Replaces the map with the file's content; the undo history starts over. A failure keeps the map. */
    private void reload(Path file) {
        // Stamped before reading: a change made in between is then noticed next time, not lost.
        Optional<FileStamp> stamp = stampOf(file);
        try {
            JourneyMap map = MapFiles.load(file);
            document.set(stamp.map(s -> new Document(map, file, s)).orElseGet(() -> new Document(map, file)));
        } catch (MapFileException e) {
            Dialogs.error(owner.get(), Messages.get("error.reload.header", file.getFileName()),
                    e.message(Messages.locale()));
        }
    }
}
