package org.touchmap.ui;

import org.touchmap.ui.document.Samples;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.io.recovery.RecoveryFolder;
import org.touchmap.io.recovery.RecoveryStore;
import org.touchmap.model.JourneyMap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The application's own start: a copy left by a process that is gone is offered before any map opens. */
class TouchmapAppRecoveryTest {
    /** No process has this id: the copy's writer has crashed. */
    private static final long CRASHED_PROCESS = 999_999_999L;

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Application application;
    private String recoveryFolderBefore;

    @BeforeEach
    void useATestFolderAndEnglish() throws Exception {
        recoveryFolderBefore = System.getProperty(RecoveryFolder.PROPERTY);
        System.setProperty(RecoveryFolder.PROPERTY, folder.toString());
        System.setProperty(TouchmapApp.LANGUAGE_PROPERTY, "en");
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeTheApplication() throws Exception {
        robot.interact(() -> {
            Platform.setImplicitExit(false);
            List.copyOf(Window.getWindows()).forEach(Window::hide);
        });
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        if (recoveryFolderBefore == null) {
            System.clearProperty(RecoveryFolder.PROPERTY);
        } else {
            System.setProperty(RecoveryFolder.PROPERTY, recoveryFolderBefore);
        }
        System.clearProperty(TouchmapApp.LANGUAGE_PROPERTY);
    }

    @Test
    void aCopyOfACrashedRunIsRestoredIntoAnUnsavedWindowOfItsOwn() throws Exception {
        JourneyMap lost = Samples.load(Samples.MEDICAL_CLINIC);
        lost.setTitle("Work from before the crash");
        new RecoveryStore(folder, (pid, started) -> false, CRASHED_PROCESS, Optional.empty(), Clock.systemUTC())
                .write("crashed-session", lost, null);

        CompletableFuture<Application> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return FxToolkit.setupApplication(TouchmapApp.class);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .map(pane -> pane.getScene() != null && pane.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(question.getContentText().contains("Work from before the crash"), question.getContentText());
        ButtonType restore = question.getButtonTypes().stream().filter(b -> b.getText().equals("Restore"))
                .findFirst().orElseThrow();
        robot.clickOn(question.lookupButton(restore));
        application = starting.get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> titles = Window.getWindows().stream().filter(Window::isShowing)
                .filter(Stage.class::isInstance).map(w -> ((Stage) w).getTitle()).toList();
        assertTrue(titles.contains(WindowTitle.UNSAVED_MARK + "Work from before the crash — Touchmap"), titles.toString());
        assertTrue(Files.isRegularFile(folder.resolve("crashed-session.cjm")), "the copy stays until the work is saved");
        assertTrue(new RecoveryStore(folder).list().isEmpty(), "a running Touchmap owns the copy now");
    }
}
