package org.touchmap.ui;

import org.touchmap.ui.document.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.io.MapFiles;
import org.touchmap.io.recovery.RecoveryFolder;
import org.touchmap.model.JourneyMap;

import static org.junit.jupiter.api.Assertions.*;

/** The application's own start with a file named on the command line. */
class TouchmapAppStartTest {
    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final List<String> titlesShown = new CopyOnWriteArrayList<>();
    private Application application;
    private String recoveryFolderBefore;

    @BeforeEach
    void useATestFolderAndEnglish() throws Exception {
        recoveryFolderBefore = System.getProperty(RecoveryFolder.PROPERTY);
        System.setProperty(RecoveryFolder.PROPERTY, folder.resolve("recovery").toString());
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

    /** Notes every title a window shows from the moment it appears on the screen. */
    private void watchTitles() {
        robot.interact(() -> {
            Window.getWindows().forEach(this::watch);
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(this::watch);
                }
            });
        });
    }

    private void watch(Window window) {
        if (window instanceof Stage stage) {
            if (stage.isShowing() && stage.getTitle() != null && !stage.getTitle().isEmpty()) {
                titlesShown.add(stage.getTitle());
            }
            stage.titleProperty().addListener((obs, was, now) -> {
                if (stage.isShowing()) {
                    titlesShown.add(now);
                }
            });
        }
    }

    @Test
    void aFileNamedOnTheCommandLineIsTheFirstAndOnlyMapTheWindowShows() throws Exception {
        JourneyMap bakery = Samples.load(Samples.ONLINE_STORE);
        bakery.setTitle("Bakery on the corner");
        Path file = folder.resolve("bakery.cjm");
        MapFiles.save(bakery, file);
        watchTitles();

        application = FxToolkit.setupApplication(TouchmapApp.class, file.toString());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(titlesShown.isEmpty(), "a window was shown");
        assertEquals(List.of("bakery.cjm — Touchmap"), titlesShown.stream().distinct().toList(),
                "the titles the window showed");
    }
}
