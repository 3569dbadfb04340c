package org.touchmap.ui;

import org.touchmap.ui.document.Autosave;
import org.touchmap.ui.document.RecoveryOffer;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.io.MapFiles;
import org.touchmap.io.recovery.ProcessLiveness;
import org.touchmap.io.recovery.RecoveryStore;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.editor.Document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The window keeps a recovery copy of unsaved work, and the next start offers it back after a crash. */
@ExtendWith(ApplicationExtension.class)
class AutosaveWindowTest {
    private static final long THIS_PROCESS = 111;
    private static final long NEXT_PROCESS = 222;
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    private final Set<Long> runningProcesses = ConcurrentHashMap.newKeySet();
    private final ProcessLiveness liveness = (pid, started) -> runningProcesses.contains(pid);
    private WindowHarness harness;
    private Stage stage;
    private Path recoveryFolder;
    private Path saveTarget;
    private Autosave autosave;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = new WindowHarness(stage, () -> saveTarget);
        recoveryFolder = folder.resolve("recovery");
        runningProcesses.addAll(List.of(THIS_PROCESS, NEXT_PROCESS));
        autosave = new Autosave(harness.window.documentProperty(), stage, storeOf(THIS_PROCESS), "window-1",
                Duration.ZERO);
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        robot.interact(autosave::stop);
        harness.forgetPreferences();
    }

    private RecoveryStore storeOf(long processId) {
        return new RecoveryStore(recoveryFolder, liveness, processId, Optional.empty(), Clock.systemUTC());
    }

    private Path copyOf(String sessionId) {
        return recoveryFolder.resolve(sessionId + ".cjm");
    }

    private List<String> recoveryFiles() throws Exception {
        if (!Files.isDirectory(recoveryFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(recoveryFolder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void addCard(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void writeCopyNow(FxRobot robot) throws Exception {
        robot.interact(autosave::writeIfUnsaved);
        autosave.awaitWrites(PATIENCE);
    }

    private void save(FxRobot robot, String name) throws Exception {
        saveTarget = folder.resolve(name);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        autosave.awaitWrites(PATIENCE);
    }

    /** Asks the start-up question the way the application does, off the test thread, and waits for the answer. */
    private List<RecoveryOffer.Restored> offer(FxRobot robot, RecoveryStore store, Runnable answer) throws Exception {
        AtomicReference<List<RecoveryOffer.Restored>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(new RecoveryOffer(store, null).ask()));
        WaitForAsyncUtils.waitForFxEvents();
        answer.run();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        return result.get();
    }

    @Test
    void aMapWithoutChangesGetsNoCopy(FxRobot robot) throws Exception {
        writeCopyNow(robot);

        assertEquals(List.of(), recoveryFiles());
    }

    @Test
    void aChangeIsCopiedAndSavingRemovesTheCopy(FxRobot robot) throws Exception {
        int cards = harness.map().touchpoints().size();
        addCard(robot);
        writeCopyNow(robot);

        assertEquals(cards + 1, MapFiles.load(copyOf("window-1")).touchpoints().size());

        save(robot, "clinic");
        assertTrue(Files.isRegularFile(folder.resolve("clinic.cjm")));
        assertEquals(List.of(), recoveryFiles());
    }

    @Test
    void undoingBackToTheSavedMapRemovesTheCopy(FxRobot robot) throws Exception {
        addCard(robot);
        writeCopyNow(robot);
        assertTrue(Files.isRegularFile(copyOf("window-1")));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        autosave.awaitWrites(PATIENCE);

        assertEquals(List.of(), recoveryFiles());
    }

    @Test
    void copiesAreWrittenOnTheirOwnAtTheInterval(FxRobot robot) throws Exception {
        robot.interact(autosave::stop);
        autosave = new Autosave(harness.window.documentProperty(), stage, storeOf(THIS_PROCESS), "window-2",
                Duration.ofMillis(200));
        addCard(robot);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.isRegularFile(copyOf("window-2")));

        autosave.awaitWrites(PATIENCE);
        assertEquals(harness.map(), MapFiles.load(copyOf("window-2")));
    }

    @Test
    void closingAndDiscardingTheChangesRemovesTheCopy(FxRobot robot) throws Exception {
        addCard(robot);
        writeCopyNow(robot);
        assertTrue(Files.isRegularFile(copyOf("window-1")));

        Platform.runLater(harness.window.commands()::requestClose);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't save");
        WaitForAsyncUtils.waitForFxEvents();
        autosave.awaitWrites(PATIENCE);

        assertFalse(stage.isShowing());
        assertEquals(List.of(), recoveryFiles());
    }

    @Test
    void afterACrashTheNextStartRestoresTheChangedMapUnsavedWithItsFile(FxRobot robot) throws Exception {
        save(robot, "clinic");
        Path original = folder.resolve("clinic.cjm");
        addCard(robot);
        writeCopyNow(robot);
        JourneyMap changed = harness.map().copy();

        runningProcesses.remove(THIS_PROCESS);
        List<RecoveryOffer.Restored> restored = offer(robot, storeOf(NEXT_PROCESS), () -> {
            DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertTrue(question.getContentText().contains(changed.title()), question.getContentText());
            assertTrue(question.getContentText().contains(original.toString()), question.getContentText());
            robot.clickOn("Restore");
        });

        assertEquals(1, restored.size());
        Document document = restored.get(0).document();
        assertEquals(changed, document.map());
        assertTrue(document.isDirty());
        assertEquals(Optional.of(original.toAbsolutePath()), document.file());
        assertEquals("window-1", restored.get(0).sessionId());
        assertTrue(storeOf(333).list().isEmpty(), "the restoring process owns the copy now");
    }

    @Test
    void escapeKeepsTheCopiesForLaterAndDiscardDeletesThem(FxRobot robot) throws Exception {
        storeOf(THIS_PROCESS).write("crashed", harness.map(), null);
        runningProcesses.remove(THIS_PROCESS);

        List<RecoveryOffer.Restored> later = offer(robot, storeOf(NEXT_PROCESS), () -> {
            assertTrue(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText().contains("never saved"));
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        });
        assertEquals(List.of(), later);
        assertEquals(1, storeOf(NEXT_PROCESS).list().size());

        List<RecoveryOffer.Restored> discarded = offer(robot, storeOf(NEXT_PROCESS), () -> robot.clickOn("Discard"));
        assertEquals(List.of(), discarded);
        assertEquals(List.of(), recoveryFiles());
    }

    @Test
    void aCopyThatCannotBeReadIsReportedOnceAndKeptAside(FxRobot robot) throws Exception {
        storeOf(THIS_PROCESS).write("crashed", harness.map(), null);
        Files.writeString(copyOf("crashed"), "{\"format\": \"touchmap\", \"formatVer", StandardCharsets.UTF_8);
        runningProcesses.remove(THIS_PROCESS);

        List<RecoveryOffer.Restored> restored = offer(robot, storeOf(NEXT_PROCESS), () -> {
            robot.clickOn("Restore");
            WaitForAsyncUtils.waitForFxEvents();
            DialogPane error = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertTrue(error.getHeaderText().startsWith("Could not restore"), error.getHeaderText());
            assertTrue(error.getContentText().contains("crashed.cjm.broken"), error.getContentText());
            robot.clickOn(error.lookupButton(ButtonType.OK));
        });

        assertEquals(List.of(), restored);
        assertTrue(Files.isRegularFile(recoveryFolder.resolve("crashed.cjm.broken")));
        assertTrue(storeOf(NEXT_PROCESS).list().isEmpty());
    }

    @Test
    void aFailedWriteBothersNobodyAndTheNextTickTriesAgain(FxRobot robot) throws Exception {
        Files.writeString(recoveryFolder, "a file where the folder should be", StandardCharsets.UTF_8);
        addCard(robot);
        writeCopyNow(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "no dialog for a failed autosave");

        Files.delete(recoveryFolder);
        writeCopyNow(robot);

        assertEquals(harness.map(), MapFiles.load(copyOf("window-1")));
    }

    @Test
    void theIntervalComesFromThePreferences() throws Exception {
        java.util.prefs.Preferences settings = java.util.prefs.Preferences.userRoot()
                .node("org/touchmap/test/" + java.util.UUID.randomUUID());
        try {
            assertEquals(Duration.ofSeconds(Autosave.DEFAULT_SECONDS), Autosave.interval(settings));
            settings.putInt(Autosave.SECONDS_KEY, 5);
            assertEquals(Duration.ofSeconds(5), Autosave.interval(settings));
            settings.putInt(Autosave.SECONDS_KEY, 0);
            assertEquals(Duration.ZERO, Autosave.interval(settings));
        } finally {
            settings.removeNode();
        }
    }
}
