package org.touchmap.ui;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.io.MapFileException;
import org.touchmap.io.MapFiles;
import org.touchmap.io.ProblemKind;
import org.touchmap.model.JourneyMap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.prefs.BackingStoreException;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Saves that fail and files this version must not write: the file on disk stays byte for byte,
 * the map stays open with its changes, and one message says which file, what and what to do.
 */
@ExtendWith(ApplicationExtension.class)
class FailedSaveWindowTest {
    @TempDir
    Path folder;

    private WindowHarness harness;
    private MainWindow window;
    private Path chosenFile;
    private Path file;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage, () -> chosenFile);
        window = harness.window;
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        harness.forgetPreferences();
    }

    /** The sample saved to a file of its own, opened from there and then changed. */
    private byte[] openSavedSampleAndChangeIt(FxRobot robot) throws Exception {
        file = folder.resolve("clinic.cjm");
        MapFiles.save(window.document().map(), file);
        robot.interact(() -> assertTrue(window.open(file)));
        robot.interact(window.commands()::addCard);
        return Files.readAllBytes(file);
    }

    private DialogPane saveAndExpectOneMessage(FxRobot robot, Runnable saveAction) {
        Platform.runLater(saveAction);
        WaitForAsyncUtils.waitForFxEvents();
        List<DialogPane> shown = List.copyOf(robot.lookup(".dialog-pane").queryAllAs(DialogPane.class));
        assertEquals(1, shown.size(), "one message");
        return shown.get(0);
    }

    private static void close(FxRobot robot, DialogPane message) {
        robot.clickOn(message.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void saveIntoAReadOnlyFolderKeepsTheFileAndTheChanges(FxRobot robot) throws Exception {
        byte[] before = openSavedSampleAndChangeIt(robot);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            if (!posix || Files.isWritable(folder)) {
                // The super-user writes anywhere: fail the way a read-only folder makes the save fail.
                window.files().useSaver((map, target) -> {
                    throw MapFileException.of(target.toString(), new java.nio.file.AccessDeniedException(target.toString()),
                            ProblemKind.SAVE_DENIED, folder.toString());
                });
            }

            DialogPane message = saveAndExpectOneMessage(robot, window.files()::save);

            assertEquals("Could not save \"clinic.cjm\"", message.getHeaderText());
            assertTrue(message.getContentText().contains(file.toString()), message.getContentText());
            assertTrue(message.getContentText().contains("may not write in the folder " + folder), message.getContentText());
            assertTrue(message.getContentText().contains("Save it somewhere else with File → Save as"),
                    message.getContentText());
            close(robot, message);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        assertTrue(window.document().isDirty());
        assertEquals(15, window.document().map().touchpoints().size());
    }

    @Test
    void diskFullDuringSaveKeepsTheFileAndTheChanges(FxRobot robot) throws Exception {
        byte[] before = openSavedSampleAndChangeIt(robot);
        window.files().useSaver((map, target) -> {
            throw MapFileException.of(target.toString(), new IOException("No space left on device"),
                    ProblemKind.SAVE_FAILED, "No space left on device");
        });

        DialogPane message = saveAndExpectOneMessage(robot, window.files()::save);

        assertTrue(message.getContentText().startsWith(file + ": the map could not be written (No space left on device)"),
                message.getContentText());
        assertTrue(message.getContentText().contains("your previous file is unchanged"), message.getContentText());
        close(robot, message);
        assertArrayEquals(before, Files.readAllBytes(file));
        assertTrue(window.document().isDirty());
    }

    @Test
    void saveAsOntoAFolderFailsAndKeepsTheFolderAndTheChanges(FxRobot robot) throws Exception {
        byte[] before = openSavedSampleAndChangeIt(robot);
        chosenFile = Files.createDirectory(folder.resolve("reports.cjm"));
        Files.writeString(chosenFile.resolve("inside.txt"), "keep me");

        DialogPane message = saveAndExpectOneMessage(robot, window.files()::saveAs);

        assertEquals("Could not save \"reports.cjm\"", message.getHeaderText());
        assertTrue(message.getContentText().startsWith(chosenFile.toString()), message.getContentText());
        assertTrue(message.getContentText().contains("Save as"), message.getContentText());
        close(robot, message);
        assertTrue(Files.isDirectory(chosenFile));
        assertEquals("keep me", Files.readString(chosenFile.resolve("inside.txt")));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertTrue(window.document().isDirty());
        assertEquals(file, window.document().file().orElseThrow(), "the map still belongs to its own file");
    }

    /** A map from a newer Touchmap is refused with its message and never written (see also LoadErrorsTest). */
    @Test
    void openingAMapFromANewerVersionKeepsTheCurrentMapAndTheFile(FxRobot robot) throws Exception {
        Path future = Files.writeString(folder.resolve("future.cjm"),
                "{\"format\": \"touchmap\", \"formatVersion\": 7, \"title\": \"From the future\", \"wormholes\": []}",
                StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(future);
        JourneyMap shown = window.document().map();

        DialogPane message = saveAndExpectOneMessage(robot, () -> window.open(future));

        assertEquals("Could not open \"future.cjm\"", message.getHeaderText());
        assertTrue(message.getContentText().contains("made by a newer Touchmap (format 7)"), message.getContentText());
        assertTrue(message.getContentText().contains("this file has not been changed"), message.getContentText());
        close(robot, message);
        assertSame(shown, window.document().map());
        assertArrayEquals(before, Files.readAllBytes(future));
        assertEquals(List.of("future.cjm"), List.of(folder.toFile().list()));
    }

    @Test
    void ownFileReplacedByANewerVersionIsNeverSavedOver(FxRobot robot) throws Exception {
        openSavedSampleAndChangeIt(robot);
        Files.writeString(file, "{\"format\": \"touchmap\", \"formatVersion\": 7, \"title\": \"From the future\"}",
                StandardCharsets.UTF_8);
        byte[] newer = Files.readAllBytes(file);

        DialogPane message = saveAndExpectOneMessage(robot, window.files()::save);

        assertEquals("Could not save \"clinic.cjm\"", message.getHeaderText());
        assertTrue(message.getContentText().contains("made by a newer Touchmap"), message.getContentText());
        close(robot, message);
        assertArrayEquals(newer, Files.readAllBytes(file), "Save as was offered and cancelled; the file is as it was");
        assertTrue(window.document().isDirty());
    }
}
