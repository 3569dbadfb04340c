package org.touchmap.ui.document;

import org.touchmap.ui.Dialogs;
import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.editor.Document;

import javafx.beans.property.ObjectProperty;
import javafx.stage.Window;
import org.touchmap.edit.SaveStamp;
import org.touchmap.io.files.FileStamp;
import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;

import org.touchmap.model.MapTemplates;
import org.touchmap.ui.start.SampleEntry;
import org.touchmap.ui.start.StartChoice;
import org.touchmap.ui.start.HelpLinks;
import org.touchmap.ui.start.StartPage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * New, open, save and save as for the main window. Every path that could lose work asks
 * first; every failure ends in one message naming the file, and the map stays open and dirty.
 */
public final class FileActions {
    private static final List<String> SAMPLES = Samples.ALL;
    private static volatile SampleTitles sampleTitles;

    private record SampleTitles(java.util.Locale language, List<SampleEntry> entries) {
    }
    private final ObjectProperty<Document> document;
    private final Supplier<Window> owner;
    private HelpLinks helpLinks = HelpLinks.NONE;
    private final FilePicker picker;
    private final RecentFiles recentFiles;
    private final ExternalChanges externalChanges;
    private MapSaver saver = MapFiles::save;

    /** Writes a map to a file; a seam so that tests can make a save fail as a full disk would. */
    @FunctionalInterface
    public interface MapSaver {
        void save(JourneyMap map, Path file) throws MapFileException;
    }

    /**
     * @param unsavedStateChanged called when the map became unsaved without an edit, so that the
     *                            window can show it (its file was deleted on disk)
     */
    public FileActions(ObjectProperty<Document> document, Supplier<Window> owner, FilePicker picker,
                RecentFiles recentFiles, Runnable unsavedStateChanged) {
        this.document = document;
        this.owner = owner;
        this.picker = picker;
        this.recentFiles = recentFiles;
        this.externalChanges = new ExternalChanges(document, owner, this::saveAs, unsavedStateChanged);
    }

    /** Asks about a change made to the map's file by someone else, if there is one not asked about yet. */
    public void windowFocused() {
        externalChanges.windowFocused();
    }

    public void useSaver(MapSaver saver) {
        this.saver = saver;
    }

    public void newMap() {
        if (confirmDiscard()) {
            document.set(new Document(MapTemplates.blank(Messages.locale(), Instant.now()), null));
        }
    }

    /**
     * Shows the start page and carries out the pick: a new map from a template, a recent file or a
     * sample. Unsaved changes are asked about only once the person has picked something.
     */
    /** What the start page's help links open. */
    public void setHelpLinks(HelpLinks links) {
        this.helpLinks = links;
    }

    public void newFromTemplate() {
        StartPage.show(owner.get(), recentFiles.existing(), samples(), helpLinks).ifPresent(choice -> {
            if (!confirmDiscard()) {
                return;
            }
            if (choice instanceof StartChoice.FromTemplate from) {
                document.set(new Document(MapTemplates.create(from.template(), Messages.locale(), Instant.now()), null));
            } else if (choice instanceof StartChoice.Recent recent) {
                openWithoutAsking(recent.file());
            } else if (choice instanceof StartChoice.Sample sample) {
                showSample(sample.name());
            }
        });
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        picker.chooseToOpen(owner.get()).ifPresent(this::openWithoutAsking);
    }

    /** Opens a bundled sample, by its resource name, in the interface's language. */
    public void openSample(String name) {
        if (confirmDiscard()) {
            showSample(name);
        }
    }

    /** A sample has no file of its own: saving it asks where to put a copy. */
    private void showSample(String name) {
        document.set(new Document(Samples.load(name, Messages.locale()), null));
    }

    /**
     * The bundled samples with their titles in the interface's language, in menu order. Read once:
     * the menu and every start page need them, and the language only changes with a restart.
     */
    public static List<SampleEntry> samples() {
        java.util.Locale language = Messages.locale();
        SampleTitles titles = sampleTitles;
        if (titles == null || !titles.language().equals(language)) {
            titles = new SampleTitles(language, SAMPLES.stream()
                    .map(name -> new SampleEntry(name, Samples.title(name, language))).toList());
            sampleTitles = titles;
        }
        return titles.entries();
    }

    /** Opens {@code file}, replacing the current map; reports a failure and keeps the current map. */
    public boolean openWithoutAsking(Path file) {
        // Stamped before reading: a change made in between is then asked about, not missed.
        Optional<FileStamp> stamp = ExternalChanges.stampOf(file);
        try {
            JourneyMap map = MapFiles.load(file);
            document.set(stamp.map(s -> new Document(map, file, s)).orElseGet(() -> new Document(map, file)));
            recentFiles.add(file);
            return true;
        } catch (MapFileException e) {
            Dialogs.error(owner.get(), Messages.get("error.open.header", file.getFileName()), e.message(Messages.locale()));
            return false;
        }
    }

    /**
     * Saves to the document's file, or asks for one when there is none or its folder is gone.
     * A file changed by someone else since it was read is not replaced without asking.
     * Returns whether the map is now saved.
     */
    public boolean save() {
        Optional<Path> file = document.get().file();
        if (file.isEmpty() || !folderExists(file.get())) {
            return saveAs();
        }
        return saveOverOwnFile(file.get());
    }

    private boolean saveOverOwnFile(Path file) {
        return switch (externalChanges.beforeSaving(file)) {
            case WRITE -> saveTo(file);
            case SAVE_AS -> saveAs();
            case STOP -> false;
        };
    }

    private static boolean folderExists(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && Files.isDirectory(folder);
    }

    public boolean saveAs() {
        Document current = document.get();
        String suggested = current.file().map(f -> f.getFileName().toString())
                .orElse(FileNames.suggest(current.map().title()));
        Optional<Path> chosen = picker.chooseToSave(owner.get(), suggested);
        return chosen.map(FileNames::withExtension)
                .map(target -> current.file().filter(target::equals).isPresent() ? saveOverOwnFile(target) : saveTo(target))
                .orElse(false);
    }

    private boolean saveTo(Path file) {
        Document current = document.get();
        SaveStamp.beforeSaving(current.map(), current.isDirty(), Instant.now());
        try {
            saver.save(current.map(), file);
        } catch (MapFileException e) {
            Dialogs.error(owner.get(), Messages.get("error.save.header", file.getFileName()),
                    e.message(Messages.locale()) + "\n\n" + Messages.get("error.save.stillOpen"));
            return false;
        }
        Optional<FileStamp> written = ExternalChanges.stampOf(file);
        if (written.isPresent()) {
            current.savedAs(file, written.get());
        } else {
            current.savedAs(file);
        }
        recentFiles.add(file);
        return true;
    }

    /** Whether unsaved changes may go: there are none, the person saved them, or chose to discard them. */
    public boolean confirmDiscard() {
        Document current = document.get();
        if (current == null || !current.isDirty()) {
            return true;
        }
        return switch (DocumentQuestions.askAboutUnsaved(owner.get(), current.displayName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }
}
