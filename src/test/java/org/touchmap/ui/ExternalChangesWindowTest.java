package org.touchmap.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
import org.touchmap.io.MapFiles;
import org.touchmap.model.JourneyMap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.BackingStoreException;

import static org.junit.jupiter.api.Assertions.*;

/** The open map's file changed or deleted by another program, found on focus and before saving. */
@ExtendWith(ApplicationExtension.class)
class ExternalChangesWindowTest {
    @TempDir
    Path folder;

    private WindowHarness harness;
    private MainWindow window;
    private Stage stage;
    private Path file;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage);
        this.stage = stage;
        window = harness.window;
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        harness.forgetPreferences();
    }

    /** The sample saved as a file of its own and opened from there, as a person would have it. */
    private void openSavedSample(FxRobot robot) throws Exception {
        file = folder.resolve("clinic.cjm");
        MapFiles.save(window.document().map(), file);
        robot.interact(() -> assertTrue(window.open(file)));
    }

    /** Another program (a colleague's Touchmap, a git pull) writes the file with another title. */
    private void changeOnDisk(String title) throws Exception {
        JourneyMap theirs = MapFiles.load(file);
        theirs.setTitle(title);
        MapFiles.save(theirs, file);
    }

    private void focusReturns() {
        Platform.runLater(window.files()::windowFocused);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save() {
        Platform.runLater(window.files()::save);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<DialogPane> dialogs(FxRobot robot) {
        return List.copyOf(robot.lookup(".dialog-pane").queryAllAs(DialogPane.class));
    }

    private static DialogPane theDialog(FxRobot robot) {
        List<DialogPane> shown = dialogs(robot);
        assertEquals(1, shown.size(), "one dialog");
        return shown.get(0);
    }

    private static List<String> buttonTexts(DialogPane dialog) {
        return dialog.getButtonTypes().stream().map(type -> ((Button) dialog.lookupButton(type)).getText()).toList();
    }

    private static void answer(FxRobot robot, DialogPane dialog, String buttonText) {
        Node button = dialog.getButtonTypes().stream().map(dialog::lookupButton)
                .filter(b -> ((Button) b).getText().equals(buttonText)).findFirst().orElseThrow();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void cleanMapChangedOnDiskIsReloadedWhenTheWindowComesBack(FxRobot robot) throws Exception {
        openSavedSample(robot);
        robot.interact(window.commands()::addCard);
        robot.interact(window.commands()::undo);
        changeOnDisk("Clinic, as revised by Anna");

        focusReturns();

        DialogPane question = theDialog(robot);
        assertEquals("\"clinic.cjm\" was changed by another program", question.getHeaderText());
        assertEquals(List.of("Reload", "Keep mine"), buttonTexts(question));
        assertTrue(((Button) question.lookupButton(question.getButtonTypes().get(0))).isDefaultButton());
        answer(robot, question, "Reload");

        assertEquals("Clinic, as revised by Anna", window.document().map().title());
        assertFalse(window.document().isDirty());
        assertFalse(window.document().commands().canRedo(), "the undo history starts over");
        assertFalse(window.document().commands().canUndo(), "the undo history starts over");
        focusReturns();
        assertTrue(dialogs(robot).isEmpty(), "the reloaded file is not asked about again");
    }

    @Test
    void keepMineIsNotAskedAgainUntilTheNextChange(FxRobot robot) throws Exception {
        openSavedSample(robot);
        String mine = window.document().map().title();
        changeOnDisk("Their title");

        focusReturns();
        answer(robot, theDialog(robot), "Keep mine");
        focusReturns();
        focusReturns();

        assertTrue(dialogs(robot).isEmpty());
        assertEquals(mine, window.document().map().title());
        save();
        assertTrue(dialogs(robot).isEmpty(), "saving over a change the person chose to ignore needs no question");
        assertEquals(mine, MapFiles.load(file).title());

        changeOnDisk("Their second title");
        focusReturns();
        answer(robot, theDialog(robot), "Keep mine");
    }

    @Test
    void focusFlickeringWhileTheQuestionIsOpenAsksOnce(FxRobot robot) throws Exception {
        openSavedSample(robot);
        changeOnDisk("Their title");

        Platform.runLater(window.files()::windowFocused);
        Platform.runLater(window.files()::windowFocused);
        Platform.runLater(window.files()::windowFocused);
        WaitForAsyncUtils.waitForFxEvents();

        answer(robot, theDialog(robot), "Keep mine");
        focusReturns();
        assertTrue(dialogs(robot).isEmpty());
    }

    @Test
    void dirtyMapIsOfferedReloadLosingChangesKeepMineOrSaveAs(FxRobot robot) throws Exception {
        openSavedSample(robot);
        robot.interact(window.commands()::addCard);
        int mine = window.document().map().touchpoints().size();
        changeOnDisk("Their title");

        focusReturns();

        DialogPane question = theDialog(robot);
        assertEquals(List.of("Reload (lose my changes)", "Keep mine", "Save as…"), buttonTexts(question));
        answer(robot, question, "Keep mine");
        assertTrue(window.document().isDirty());
        assertEquals(mine, window.document().map().touchpoints().size());
        assertEquals("Their title", MapFiles.load(file).title(), "keeping mine writes nothing");
    }

    @Test
    void dirtyMapReloadedLosesTheChangesOnRequest(FxRobot robot) throws Exception {
        openSavedSample(robot);
        robot.interact(window.commands()::addCard);
        changeOnDisk("Their title");

        focusReturns();
        answer(robot, theDialog(robot), "Reload (lose my changes)");

        assertEquals("Their title", window.document().map().title());
        assertEquals(14, window.document().map().touchpoints().size());
        assertFalse(window.document().isDirty());
    }

    @Test
    void savingOverAFileChangedElsewhereAsksFirstAndCancelWritesNothing(FxRobot robot) throws Exception {
        openSavedSample(robot);
        robot.interact(window.commands()::addCard);
        changeOnDisk("Their title");
        byte[] theirs = Files.readAllBytes(file);

        save();
        DialogPane question = theDialog(robot);
        assertEquals(List.of("Reload (lose my changes)", "Keep mine", "Save as…", "Cancel"), buttonTexts(question));
        answer(robot, question, "Cancel");

        assertArrayEquals(theirs, Files.readAllBytes(file));
        assertTrue(window.document().isDirty());

        save();
        answer(robot, theDialog(robot), "Keep mine");

        assertTrue(dialogs(robot).isEmpty());
        assertEquals(15, MapFiles.load(file).touchpoints().size());
        assertFalse(window.document().isDirty());
        focusReturns();
        assertTrue(dialogs(robot).isEmpty(), "our own save is not a change made elsewhere");
    }

    @Test
    void touchingTheFileWithoutChangingItAsksNothing(FxRobot robot) throws Exception {
        openSavedSample(robot);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 120_000));

        focusReturns();
        save();

        assertTrue(dialogs(robot).isEmpty());
    }

    @Test
    void deletedFileIsReportedAndSaveWritesItBack(FxRobot robot) throws Exception {
        openSavedSample(robot);
        Files.delete(file);

        focusReturns();

        DialogPane message = theDialog(robot);
        assertEquals("\"clinic.cjm\" was deleted or moved", message.getHeaderText());
        assertTrue(message.getContentText().contains(file.toString()), message.getContentText());
        robot.clickOn(message.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.document().isDirty());
        assertTrue(stage.getTitle().startsWith(WindowTitle.UNSAVED_MARK), stage.getTitle());
        focusReturns();
        assertTrue(dialogs(robot).isEmpty(), "told once");

        save();

        assertTrue(dialogs(robot).isEmpty(), "the file is written back where it was without asking");
        assertEquals(window.document().map(), MapFiles.load(file));
        assertFalse(window.document().isDirty());
    }
}
