package org.touchmap.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

import org.touchmap.analysis.ChangeKind;
import org.touchmap.analysis.TouchpointChange;
import org.touchmap.edit.TouchpointProperties;
import org.touchmap.io.MapFiles;
import org.touchmap.model.Rating;
import org.touchmap.model.Snapshot;

import static org.junit.jupiter.api.Assertions.*;

/** File → Snapshots…: take a snapshot of the clinic, change it, and compare the two. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
    @TempDir
    Path folder;
    private WindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage, () -> folder.resolve("workshop.cjm"));
    }

    @AfterEach
    void forget() throws BackingStoreException {
        harness.forgetPreferences();
    }

    @Test
    void comparingWithASnapshotListsTheReratingAndMarksTheCard(FxRobot robot) {
        String name = takeSnapshot(robot);
        robot.interact(() -> harness.window.document().commands()
                .execute(TouchpointProperties.RATING.change("tp-phone", Rating.POSITIVE)));

        robot.clickOn(name);
        robot.clickOn("Compare with current");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> list = robot.lookup(".compare-change-list").queryAs(ListView.class);
        assertEquals(1, list.getItems().size(), list.getItems()::toString);
        TouchpointChange change = (TouchpointChange) list.getItems().get(0);
        assertEquals(ChangeKind.RERATED, change.kind());
        assertEquals("tp-phone", change.after().id());
        assertTrue(robot.lookup("~ Re-rated \"Booking by phone\" (Comparison of options): negative → positive")
                .tryQuery().isPresent(), "the change list says what changed");

        List<String> badges = robot.lookup(".change-badge.rerated").queryAllAs(Label.class).stream()
                .filter(label -> label.getScene() == harness.stage.getScene()).map(Label::getText).toList();
        assertEquals(List.of("negative → positive"), badges, "the editor's canvas marks the re-rated card");

        robot.interact(() -> harness.window.canvas().selectedTouchpointIds().clear());
        robot.clickOn("~ Re-rated \"Booking by phone\" (Comparison of options): negative → positive");
        assertEquals(List.of("tp-phone"), List.copyOf(harness.window.canvas().selectedTouchpointIds()),
                "choosing the change selects the card in the editor");
    }

    @Test
    void aNoteAddedSinceTheSnapshotIsListedAfterTheCards(FxRobot robot) {
        robot.interact(() -> {
            var commands = harness.window.document().commands();
            commands.execute(org.touchmap.edit.AddLane.atEnd(new org.touchmap.model.Lane("pains", "Pain points")));
            commands.execute(org.touchmap.edit.LaneProperties.KIND.change("pains",
                    org.touchmap.model.LaneKind.PAIN_POINTS));
        });
        String name = takeSnapshot(robot);
        robot.interact(() -> harness.window.document().commands().execute(
                org.touchmap.edit.AddNote.newNote(harness.map(), "Prices are hidden", "compare", "pains")));

        robot.clickOn(name);
        robot.clickOn("Compare with current");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> list = robot.lookup(".compare-change-list").queryAs(ListView.class);
        assertEquals(1, list.getItems().size(), list.getItems()::toString);
        assertTrue(robot.lookup("+ Added note \"Prices are hidden\" (Pain points, Comparison of options)")
                .tryQuery().isPresent(), "the change list names the note and where it is");
    }

    @Test
    void theSnapshotSurvivesSaveAndReopen(FxRobot robot) {
        String name = takeSnapshot(robot);
        robot.interact(() -> harness.window.document().commands()
                .execute(TouchpointProperties.RATING.change("tp-phone", Rating.POSITIVE)));

        robot.interact(() -> assertTrue(harness.window.files().saveAs()));
        Path file = folder.resolve("workshop.cjm");
        robot.interact(() -> assertTrue(harness.window.open(file)));

        List<Snapshot> snapshots = harness.map().snapshots();
        assertEquals(List.of(name), snapshots.stream().map(Snapshot::name).toList());
        assertEquals(Rating.NEGATIVE, snapshots.get(0).map().touchpoint("tp-phone").rating());
        assertEquals(Rating.POSITIVE, harness.map().touchpoint("tp-phone").rating());
    }

    @Test
    void renamingAndDeletingAreUndoable(FxRobot robot) {
        String name = takeSnapshot(robot);
        robot.clickOn(name);
        robot.clickOn("Rename");
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        TextField field = (TextField) question.lookup(".text-field");
        assertEquals(name, field.getText(), "renaming starts from the old name");
        robot.interact(field::clear);
        robot.clickOn(field).write("after workshop");
        robot.clickOn(question.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("after workshop", harness.map().snapshots().get(0).name());

        robot.clickOn("after workshop");
        robot.clickOn("Delete");
        assertTrue(harness.map().snapshots().isEmpty());
        robot.interact(harness.window.commands()::undo);
        robot.interact(harness.window.commands()::undo);
        assertEquals(name, harness.map().snapshots().get(0).name());
        TableView<?> table = robot.lookup(".snapshot-table").queryAs(TableView.class);
        assertEquals(1, table.getItems().size(), "the list follows undo");
    }

    @Test
    void comparingWithAnotherMapFileMarksTheAddedCard(FxRobot robot) throws Exception {
        Path older = folder.resolve("older.cjm");
        MapFiles.save(harness.map().copy(), older);
        robot.interact(harness.window.commands()::addCard);

        robot.interact(() -> harness.window.comparing().compareWithFile(Optional.of(older)));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> list = robot.lookup(".compare-change-list").queryAs(ListView.class);
        assertEquals(List.of(ChangeKind.ADDED),
                list.getItems().stream().map(c -> ((TouchpointChange) c).kind()).toList());
        assertTrue(robot.lookup(".change-badge.added").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getScene() == harness.stage.getScene() && label.getText().equals("+")));
    }

    @Test
    void anUnreadableMapFileGivesOneMessageAndNoComparison(FxRobot robot) throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.cjm"), "{\"format\": \"touchmap\"");

        Platform.runLater(() -> harness.window.comparing().compareWithFile(Optional.of(broken)));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane message = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Could not open \"broken.cjm\" for comparison", message.getHeaderText());
        robot.clickOn(message.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".compare-change-list").tryQuery().isEmpty());
        assertTrue(robot.lookup(".change-badge").tryQuery().isEmpty());
    }

    @Test
    void escapeClosesTheSnapshotsWindowAndLeavesTheEditorOpen(FxRobot robot) {
        takeSnapshot(robot);
        Stage snapshots = robot.listTargetWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(window -> "Snapshots".equals(window.getTitle())).findFirst().orElseThrow();
        assertTrue(snapshots.isShowing());

        robot.targetWindow(snapshots).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(snapshots.isShowing());
        assertTrue(harness.stage.isShowing());
    }

    /** Takes a snapshot with the suggested name through the dialog; returns that name. */
    private String takeSnapshot(FxRobot robot) {
        Platform.runLater(() -> harness.window.comparing().showSnapshots());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Take snapshot");
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String suggested = ((TextField) question.lookup(".text-field")).getText();
        assertTrue(suggested.matches("Snapshot \\d{1,2} \\w+ \\d{4} \\d\\d:\\d\\d"), suggested);
        robot.clickOn(question.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, harness.map().snapshots().size());
        return suggested;
    }
}
