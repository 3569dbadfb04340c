package org.touchmap.ui.document;

import org.touchmap.io.recovery.RecoveryStore;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.MapChanges;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.util.Subscription;
import javafx.stage.WindowEvent;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;

/**
 * Keeps a recovery copy of a window's unsaved map. While the map has unsaved changes, a copy is
 * written every interval: the map is copied on the UI thread, in a moment, and written to disk on a
 * background thread, so typing never waits for the disk. A save that makes the map clean, a closed
 * window and a replaced map (saved or discarded first) remove the copy. A failed write never
 * interrupts the person; it is logged once and tried again at the next interval.
 */
public final class Autosave {
    /** The preference with the interval in seconds; 0 turns writing copies off. */
    public static final String SECONDS_KEY = "autosave.seconds";
    public static final int DEFAULT_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(Autosave.class.getName());

    private final ObjectProperty<Document> document;
    private final Stage stage;
    private final RecoveryStore store;
    private final String sessionId;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "touchmap-autosave");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean failureLogged = new AtomicBoolean();
    private final Timeline timer;
    private final Subscription followingTheMap;
    private final EventHandler<WindowEvent> onHidden = event -> stop();
    /** What the copy on disk shows: which document at which revision; {@code null} when there is no copy. */
    private Document copiedDocument;
    private long copiedRevision;
    /** Whether the session may have a copy on disk; a restored session starts with one. */
    private boolean mayHaveCopy = true;

    /**
     * Starts keeping copies of the maps shown in {@code stage}'s window under {@code sessionId};
     * an {@code interval} of zero writes none, but still removes the session's copy when it is no
     * longer needed.
     */
    public Autosave(ObjectProperty<Document> document, Stage stage, RecoveryStore store, String sessionId,
                    Duration interval) {
        this.document = document;
        this.stage = stage;
        this.store = store;
        this.sessionId = sessionId;
        this.timer = new Timeline(new KeyFrame(javafx.util.Duration.millis(Math.max(1, interval.toMillis())),
                event -> writeIfUnsaved()));
        timer.setCycleCount(Animation.INDEFINITE);
        followingTheMap = MapChanges.follow(document, new MapChanges.Listener() {
            @Override
            public void mapChanged() {
                Autosave.this.mapChanged();
            }

            @Override
            public void documentReplaced(Document old, Document now) {
                if (old != null) {
                    // The window only replaces a map after its changes were saved or the person let them go.
                    removeCopy();
                }
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, onHidden);
        if (!interval.isZero() && !interval.isNegative()) {
            timer.play();
        }
    }

    /** The interval the person chose in {@code settings}, {@value #DEFAULT_SECONDS} seconds unless they chose. */
    public static Duration interval(Preferences settings) {
        int seconds = settings.getInt(SECONDS_KEY, DEFAULT_SECONDS);
        return seconds < 0 ? Duration.ofSeconds(DEFAULT_SECONDS) : Duration.ofSeconds(seconds);
    }

    public String sessionId() {
        return sessionId;
    }

    /**
     * Writes a copy now if the map has changes that neither the file nor the last copy holds.
     * Call on the UI thread; the writing itself happens in the background, one write at a time.
     */
    public void writeIfUnsaved() {
        Document current = document.get();
        if (current == null || !current.isDirty()) {
            return;
        }
        long revision = current.commands().revision();
        if (current == copiedDocument && revision == copiedRevision) {
            return;
        }
        if (!writing.compareAndSet(false, true)) {
            // The previous write is still running; this change goes with the next tick.
            return;
        }
        JourneyMap snapshot = current.map().copy();
        Path file = current.file().orElse(null);
        copiedDocument = current;
        copiedRevision = revision;
        mayHaveCopy = true;
        writer.execute(() -> {
            try {
                store.write(sessionId, snapshot, file);
                failureLogged.set(false);
            } catch (IOException | RuntimeException e) {
                javafx.application.Platform.runLater(() -> forgetCopy(current, revision));
                if (failureLogged.compareAndSet(false, true)) {
                    LOG.log(Level.WARNING, "Could not write the recovery copy to " + store.folder(), e);
                }
            } finally {
                writing.set(false);
            }
        });
    }

    /** Stops writing and removes the session's copy: the window is closed, its work saved or discarded. */
    public void stop() {
        if (writer.isShutdown()) {
            return;
        }
        timer.stop();
        followingTheMap.unsubscribe();
        stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, onHidden);
        removeCopy();
        writer.shutdown();
    }

    /** Waits until every write and removal asked for so far is done; for tests and an orderly exit. */
    public void awaitWrites(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        if (!writer.isShutdown()) {
            writer.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } else if (!writer.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("The recovery copy is still being written");
        }
    }

    private void forgetCopy(Document failed, long revision) {
        if (copiedDocument == failed && copiedRevision == revision) {
            copiedDocument = null;
        }
    }

    private void mapChanged() {
        Document current = document.get();
        if (current != null && !current.isDirty()) {
            removeCopy();
        }
    }

    private void removeCopy() {
        copiedDocument = null;
        if (!mayHaveCopy) {
            return;
        }
        mayHaveCopy = false;
        writer.execute(() -> {
            try {
                store.remove(sessionId);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not remove the recovery copy " + sessionId + " from " + store.folder(), e);
            }
        });
    }
}
