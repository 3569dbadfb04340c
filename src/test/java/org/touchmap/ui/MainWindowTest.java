package org.touchmap.ui;


import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Circle;
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
import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapInvariants;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.BackingStoreException;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path folder;

    private MainWindow window;
    private Stage stage;
    private Path saveTarget;
    private WindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage, () -> saveTarget);
        this.stage = stage;
        window = harness.window;
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        harness.forgetPreferences();
    }

    @Test
    void showsTheSampleMapNamedInTheTitle(FxRobot robot) {
        assertEquals("Medical clinic: a new patient's first visit — Touchmap", stage.getTitle());
        harness.showWholeMap(robot);
        assertEquals(14, robot.lookup(".card").queryAll().size());
    }

    @Test
    void addingACardMarksTheMapUnsavedAndUndoTakesItBack(FxRobot robot) {
        int cards = window.document().map().touchpoints().size();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(cards + 1, window.document().map().touchpoints().size());
        assertTrue(stage.getTitle().startsWith(WindowTitle.UNSAVED_MARK), stage.getTitle());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(cards, window.document().map().touchpoints().size());
        assertFalse(stage.getTitle().startsWith(WindowTitle.UNSAVED_MARK), stage.getTitle());
    }

    @Test
    void savingTheSampleAsksForAFileAndWritesAMapThatOpensAgain(FxRobot robot) throws Exception {
        saveTarget = folder.resolve("clinic-copy");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Path written = folder.resolve("clinic-copy.cjm");
        assertTrue(Files.isRegularFile(written));
        JourneyMap reopened = MapFiles.load(written);
        assertEquals(window.document().map(), reopened);
        assertEquals("clinic-copy.cjm — Touchmap", stage.getTitle());
    }

    @Test
    void openingABrokenFileShowsOneMessageAndKeepsTheMap(FxRobot robot) throws Exception {
        Path broken = folder.resolve("broken.cjm");
        Files.writeString(broken, "{\"format\": \"touchmap\", \"formatVersion\": 1, \"title\": \"cut off",
                StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(broken);
        JourneyMap shown = window.document().map();

        Platform.runLater(() -> window.open(broken));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Could not open \"broken.cjm\"", dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("broken.cjm"), dialog.getContentText());
        robot.clickOn(dialog.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        assertSame(shown, window.document().map());
        assertArrayEquals(before, Files.readAllBytes(broken));
    }

    @Test
    void aCardAddedFromTheMenuIsScrolledIntoView(FxRobot robot) {
        JourneyMap map = window.document().map();
        String lastStage = map.stages().get(map.stages().size() - 1).id();
        String far = map.touchpoints().stream().filter(t -> t.stageId().equals(lastStage)).findFirst().orElseThrow().id();
        robot.interact(() -> {
            window.canvas().navigation().setZoom(2);
            window.canvas().navigation().reveal(far);
            window.canvas().selectedTouchpointIds().clear();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String firstStage = map.stages().get(0).id();
        assertFalse(inView(map.touchpoints().stream().filter(t -> t.stageId().equals(firstStage)).findFirst()
                .orElseThrow().id()), "the first stage, where the new card goes, is out of view");

        robot.interact(window.commands()::addCard);
        WaitForAsyncUtils.waitForFxEvents();

        String added = window.canvas().selectedTouchpointIds().iterator().next();
        assertEquals(firstStage, map.touchpoint(added).stageId());
        assertTrue(inView(added), "the new card is scrolled into view");
    }

    @Test
    void ctrlShiftZRedoesAsCtrlYDoes(FxRobot robot) {
        robot.interact(window.commands()::addCard);
        int cards = window.document().map().touchpoints().size();
        robot.clickOn(window.canvas());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(cards - 1, window.document().map().touchpoints().size());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);

        assertEquals(cards, window.document().map().touchpoints().size(), "the card is back");
    }

    @Test
    void aDraggedCardLeavesNoLinkHandleBehindAndHasItAgainWhereItIsDropped(FxRobot robot) {
        Rect before = window.canvas().mapLayout().card("tp-search").orElseThrow().bounds();
        robot.clickOn(harness.onScreen(before));
        assertTrue(handlesShown(robot), "a selected card shows its handle");

        robot.drag(harness.onScreen(before), MouseButton.PRIMARY).moveBy(40, 10).moveBy(40, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(handlesShown(robot), "no handle stays where the card was");

        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Rect after = window.canvas().mapLayout().card("tp-search").orElseThrow().bounds();
        assertNotEquals(before, after, "the card moved");
        assertTrue(robot.lookup(".connection-handle").queryAllAs(Circle.class).stream()
                .anyMatch(handle -> handle.isVisible() && handle.getCenterX() == after.maxX()), "its handle is back at it");
    }

    private static boolean handlesShown(FxRobot robot) {
        return robot.lookup(".connection-handle").queryAll().stream().anyMatch(Node::isVisible);
    }

    private boolean inView(String touchpointId) {
        Point2D centre = harness.onScreen(window.canvas().mapLayout().card(touchpointId).orElseThrow().bounds());
        return window.canvas().localToScreen(window.canvas().getBoundsInLocal()).contains(centre);
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowAndTheChange(FxRobot robot) {
        robot.interact(window.commands()::addCard);
        int cards = window.document().map().touchpoints().size();

        Platform.runLater(window.commands()::requestClose);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Save the changes to \"Medical clinic: a new patient's first visit\"?",
                question.getHeaderText());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(stage.isShowing());
        assertEquals(cards, window.document().map().touchpoints().size());
        assertTrue(window.document().isDirty());
    }

    @Test
    void newMapAfterDiscardingChangesStartsCleanWithThreeStages(FxRobot robot) {
        robot.interact(window.commands()::addCard);

        Platform.runLater(() -> window.files().newMap());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't save");
        WaitForAsyncUtils.waitForFxEvents();

        JourneyMap fresh = window.document().map();
        assertEquals("Untitled map", fresh.title());
        assertEquals(3, fresh.stages().size());
        assertEquals(1, fresh.lanes().size());
        assertFalse(window.document().isDirty());
        assertEquals("Untitled map — Touchmap", stage.getTitle());
    }
    @Test
    void deleteOnTheCanvasThenUndoRestoresTheCardAndItsChainLinks(FxRobot robot) {
        JourneyMap map = window.document().map();
        var links = map.chain("ch-first-visit").links();
        robot.clickOn(cardOnScreen(robot, "tp-phone"));
        robot.type(KeyCode.DELETE);
        assertFalse(map.hasTouchpoint("tp-phone"));
        assertTrue(MapInvariants.problems(map).isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.hasTouchpoint("tp-phone"));
        assertEquals(links, map.chain("ch-first-visit").links());
        assertFalse(window.document().commands().canUndo(), "Delete ran once, not also as the menu shortcut");
    }

    @Test
    void keysTypedWhileRenamingStayInTheTextField(FxRobot robot) {
        JourneyMap map = window.document().map();
        robot.clickOn(cardOnScreen(robot, "tp-chat"));
        robot.type(KeyCode.F2).type(KeyCode.HOME).type(KeyCode.DELETE);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).type(KeyCode.D).release(KeyCode.CONTROL);
        robot.write("Chat").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.hasTouchpoint("tp-chat"), "Delete edited the name, it did not delete the card");
        assertEquals(14, map.touchpoints().size(), "Ctrl+D while typing duplicated nothing");
        assertEquals("Chat", map.touchpoint("tp-chat").name());
        assertEquals(java.util.Set.of("tp-chat"), window.canvas().selectedTouchpointIds(),
                "Ctrl+A selected the text, not every card");
        assertEquals("Undo Rename card \"Question in the site chat\"", window.document().commands().undoDescription()
                .map(d -> "Undo " + d.text(Locale.ENGLISH)).orElseThrow());
    }

    @Test
    void snapToGridIsOnAndTheViewMenuTurnsItOff(FxRobot robot) {
        assertTrue(window.editing().snapToGridProperty().get());
        robot.clickOn("View").clickOn("Snap cards to the grid");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.editing().snapToGridProperty().get());
    }

    private javafx.geometry.Point2D cardOnScreen(FxRobot robot, String id) {
        var box = window.canvas().mapLayout().card(id).orElseThrow().bounds();
        javafx.scene.Node content = robot.lookup(".map-content").query();
        return content.localToScreen(box.centerX(), box.centerY());
    }
}
