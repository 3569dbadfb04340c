package org.touchmap.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.stage.Window;

import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Snapshot;
import org.touchmap.ui.Dialogs;
import org.touchmap.ui.document.FilePicker;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.canvas.MapCanvas;

/**
 * File → Snapshots… and File → Compare with map… for the main window. A comparison always asks how
 * the open map differs from something earlier — a snapshot, or another map file — so the open map
 * is the side "after", and its canvas marks the changed cards until the comparison window closes.
 */
public final class Comparing {
    private final ObjectProperty<Document> document;
    private final MapCanvas canvas;
    private final Supplier<Window> owner;
    private final FilePicker picker;
    private final ChangeOverlay overlay;
    private SnapshotsDialog snapshots;
    private ComparisonWindow comparison;

    public Comparing(ObjectProperty<Document> document, MapCanvas canvas, Supplier<Window> owner, FilePicker picker) {
        this.document = document;
        this.canvas = canvas;
        this.owner = owner;
        this.picker = picker;
        this.overlay = new ChangeOverlay(canvas);
        document.addListener((obs, old, now) -> closeAll());
    }

    /** Shows the list of the open map's snapshots. */
    public void showSnapshots() {
        if (snapshots == null) {
            snapshots = new SnapshotsDialog(owner.get(), document, this::compareWithSnapshot);
        }
        snapshots.show();
    }

    /** Asks for a map file and compares the open map with it. */
    public void compareWithMap() {
        compareWithFile(picker.chooseToOpen(owner.get()));
    }

    /** Compares the open map with the map in {@code file}; an unreadable file gets one message. */
    public void compareWithFile(Optional<Path> file) {
        file.ifPresent(chosen -> {
            try {
                JourneyMap other = MapFiles.load(chosen);
                compare(other, CompareText.get("side.file", chosen.getFileName(), other.title()));
            } catch (MapFileException e) {
                Dialogs.error(owner.get(), CompareText.get("error.open", chosen.getFileName()),
                        e.message(CompareText.locale()));
            }
        });
    }

    void compareWithSnapshot(Snapshot snapshot) {
        compare(snapshot.map(), CompareText.get("side.snapshot", snapshot.name(), SnapshotTimes.shown(snapshot.taken())));
    }

    /** Marks on the editor's canvas how the open map differs from {@code before}. */
    public ChangeOverlay overlay() {
        return overlay;
    }

    private void compare(JourneyMap before, String beforeTitle) {
        if (comparison != null) {
            comparison.stage().close();
        }
        JourneyMap now = document.get().map();
        comparison = new ComparisonWindow(owner.get(), new ComparisonWindow.Side(before, beforeTitle),
                new ComparisonWindow.Side(now.copy(), CompareText.get("side.current", now.title())), this::reveal);
        overlay.compareWith(before);
        ComparisonWindow shown = comparison;
        shown.stage().setOnHidden(e -> {
            if (comparison == shown) {
                overlay.clear();
                comparison = null;
            }
        });
        comparison.show();
    }

    private void reveal(String touchpointId) {
        if (document.get().map().hasTouchpoint(touchpointId)) {
            canvas.selection().selectTouchpoints(List.of(touchpointId));
            canvas.navigation().reveal(touchpointId);
        }
    }

    private void closeAll() {
        if (comparison != null) {
            comparison.stage().close();
        }
        if (snapshots != null) {
            snapshots.stage().close();
        }
        overlay.clear();
    }
}
