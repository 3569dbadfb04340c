package org.touchmap.ui.structure;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.layout.LaneRow;
import org.touchmap.layout.Rect;
import org.touchmap.layout.StageColumn;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.MapInvariants;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

/** Selecting, renaming, moving, resizing and deleting stages and lanes on the canvas, as a person does it. */
@ExtendWith(ApplicationExtension.class)
class StageLaneGesturesTest {
    private StructureHarness harness;

    @Start
    void start(Stage stage) {
        harness = new StructureHarness(stage, MedicalClinicMap.build());
    }

    @AfterEach
    void mapStaysConsistent() {
        assertEquals(List.of(), MapInvariants.problems(harness.map()));
    }

    @Test
    void clickingHeadersSelectsTheStageOrTheLane(FxRobot robot) {
        robot.clickOn(harness.centreOfStageHeader("compare"));
        assertEquals("compare", harness.selection.stage().get());
        assertTrue(robot.lookup(".selected-header").query().isVisible());

        Rect offline = laneHeader("offline");
        robot.clickOn(harness.onScreen(offline.centerX(), offline.centerY()));
        assertEquals("offline", harness.selection.lane().get());
        assertNull(harness.selection.stage().get());
    }

    @Test
    void clickingACardAfterAStageLetsTheStageGoSoDeleteCannotTakeTheStage(FxRobot robot) {
        robot.clickOn(harness.centreOfStageHeader("compare"));
        robot.clickOn(harness.centreOfCard("tp-blog"));

        assertNull(harness.selection.stage().get());
        assertFalse(robot.lookup(".selected-header").query().isVisible());
        robot.type(KeyCode.DELETE);
        assertTrue(robot.lookup("#removal-dialog").tryQuery().isEmpty(), "no question about deleting the stage");
        assertTrue(harness.map().findStage("compare").isPresent());
    }

    @Test
    void doubleClickingAStageHeaderRenamesItInPlace(FxRobot robot) {
        robot.doubleClickOn(harness.centreOfStageHeader("search"));
        TextField field = robot.lookup(".header-rename").queryAs(TextField.class);
        assertTrue(field.isVisible() && field.isFocused());
        assertEquals("Information search", field.getText());

        robot.write("Looking around").type(KeyCode.ENTER);

        assertEquals("Looking around", harness.map().stage("search").name());
        assertFalse(field.isVisible());
        robot.interact(() -> harness.document.get().commands().undo());
        assertEquals("Information search", harness.map().stage("search").name());
    }

    @Test
    void anEmptyNameIsRefusedAndEscapeKeepsTheOldName(FxRobot robot) {
        robot.clickOn(harness.centreOfStageHeader("search"));
        robot.type(KeyCode.F2);
        TextField field = robot.lookup(".header-rename").queryAs(TextField.class);
        robot.type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);

        assertTrue(field.isVisible(), "the field stays open for a name");
        assertEquals("Information search", harness.map().stage("search").name());

        robot.write("Something else").type(KeyCode.ESCAPE);
        assertFalse(field.isVisible());
        assertEquals(MedicalClinicMap.build(), harness.map());
    }

    @Test
    void draggingAStageHeaderMovesTheStageAsOneUndoStep(FxRobot robot) {
        StageColumn decide = harness.canvas.mapLayout().columns().get(3);
        robot.drag(harness.centreOfStageHeader("awareness"), MouseButton.PRIMARY)
                .moveTo(harness.onScreen(decide.body().centerX() - 10, decide.header().centerY()));
        assertTrue(robot.lookup(".drop-indicator").query().isVisible(), "a line shows where it lands");
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("search", "compare", "awareness", "decide", "after"), stageIds(harness.map()));
        robot.interact(() -> harness.document.get().commands().undo());
        assertEquals(MedicalClinicMap.build(), harness.map());
    }

    @Test
    void draggingALaneHeaderDownMovesTheLane(FxRobot robot) {
        Rect online = laneHeader("online");
        LaneRow offline = harness.canvas.mapLayout().rows().get(1);
        robot.drag(harness.onScreen(online.centerX(), online.centerY()), MouseButton.PRIMARY)
                .moveTo(harness.onScreen(online.centerX(), offline.body().maxY() - 5)).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("offline", "online"), harness.map().lanes().stream().map(l -> l.id()).toList());
    }

    @Test
    void deletingAStageAndMovingItsCardsToTheNextStageKeepsEveryCard(FxRobot robot) {
        Set<String> searchCards = cardsIn(harness.map(), "search");
        robot.clickOn(harness.centreOfStageHeader("search"));
        robot.type(KeyCode.DELETE);

        DialogPane dialog = robot.lookup("#removal-dialog").queryAs(DialogPane.class);
        assertEquals("Delete the stage \"Information search\"?", dialog.getHeaderText());
        robot.clickOn("#remove-next");
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();

        JourneyMap map = harness.map();
        assertTrue(map.findStage("search").isEmpty());
        assertEquals(MedicalClinicMap.build().touchpoints().size(), map.touchpoints().size(), "no card is lost");
        for (Touchpoint card : map.touchpoints()) {
            assertTrue(map.findStage(card.stageId()).isPresent(), card + " is in an existing stage");
        }
        assertTrue(cardsIn(map, "compare").containsAll(searchCards), "the cards went to the stage after");
        robot.interact(() -> harness.document.get().commands().undo());
        assertEquals(MedicalClinicMap.build(), harness.map());
    }

    @Test
    void cancellingTheDeleteQuestionChangesNothing(FxRobot robot) {
        robot.clickOn(harness.centreOfStageHeader("compare"));
        robot.type(KeyCode.DELETE);
        DialogPane dialog = robot.lookup("#removal-dialog").queryAs(DialogPane.class);
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(1)));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(MedicalClinicMap.build(), harness.map());
    }

    @Test
    void theLastStageCannotBeDeleted(FxRobot robot) {
        robot.interact(() -> {
            JourneyMap single = new JourneyMap("One stage");
            single.addStage(new org.touchmap.model.Stage("only", "Only stage"));
            single.addLane(new org.touchmap.model.Lane("lane", "Lane"));
            harness.document.set(new org.touchmap.ui.editor.Document(single, null));
        });
        robot.clickOn(harness.centreOfStageHeader("only"));
        robot.type(KeyCode.DELETE);

        DialogPane message = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(message.getContentText().contains("\"Only stage\" is the only one"), message.getContentText());
        robot.clickOn(message.lookupButton(javafx.scene.control.ButtonType.OK));
        assertTrue(harness.map().findStage("only").isPresent());
    }

    @Test
    void draggingTheEdgeOfAStageHeaderSetsTheColumnWidthAsOneUndoStep(FxRobot robot) {
        StageColumn awareness = harness.canvas.mapLayout().columns().get(0);
        double edgeY = awareness.header().centerY();
        robot.drag(harness.onScreen(awareness.body().maxX(), edgeY), MouseButton.PRIMARY)
                .moveTo(harness.onScreen(awareness.body().maxX() + 80, edgeY)).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(awareness.width() + 80, harness.map().stage("awareness").width(), 1.0);
        assertEquals(awareness.width() + 80, harness.canvas.mapLayout().columns().get(0).width(), 1.0,
                "the column is drawn at its new width");
        robot.interact(() -> harness.document.get().commands().undo());
        assertNull(harness.map().stage("awareness").width());
    }

    @Test
    void addingAStageAfterTheSelectedOneOpensItsNameForTyping(FxRobot robot) {
        robot.clickOn(harness.centreOfStageHeader("decide"));
        robot.interact(() -> harness.editing.addStageAfter.handle(null));
        robot.write("Payment").type(KeyCode.ENTER);

        JourneyMap map = harness.map();
        assertEquals(6, map.stages().size());
        assertEquals("Payment", map.stages().get(4).name());
        assertEquals(map.stages().get(4).id(), harness.selection.stage().get());
    }

    @Test
    void thePhaseDialogGroupsTickedStagesIntoOnePhase(FxRobot robot) {
        Rect decide = harness.stageHeader("decide");
        harness.requestContextMenu(robot, decide.centerX(), decide.centerY());
        assertEquals("decide", harness.selection.stage().get(), "asking for the menu selects the stage");
        robot.clickOn(StructureText.get("action.phase"));
        DialogPane dialog = robot.lookup("#phase-dialog").queryAs(DialogPane.class);
        robot.clickOn("#phase-stage-after");
        robot.doubleClickOn(robot.lookup("#phase-name").queryAs(javafx.scene.control.ComboBox.class).getEditor());
        robot.eraseText(10).write("Visit");
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();

        JourneyMap map = harness.map();
        assertEquals("Visit", map.stage("decide").phase());
        assertEquals("Visit", map.stage("after").phase());
        assertEquals("Visit", map.stage("compare").phase(), "stages already in the phase are renamed with it");
        assertEquals("Pre-sale", map.stage("search").phase());
        robot.interact(() -> harness.document.get().commands().undo());
        assertEquals(MedicalClinicMap.build(), harness.map(), "the whole dialog is one undo step");
    }

    @Test
    void theLanesContextMenuAddsALaneBelowAndOpensItsName(FxRobot robot) {
        Rect online = laneHeader("online");
        harness.requestContextMenu(robot, online.centerX(), online.centerY());
        robot.clickOn(StructureText.get("action.addLaneBelow"));
        robot.write("Phone").type(KeyCode.ENTER);

        assertEquals(List.of("Online", "Phone", "Offline"), harness.map().lanes().stream().map(l -> l.name()).toList());
    }

    @Test
    void deletingALaneFromItsContextMenuMovesItsCardsToTheLaneAbove(FxRobot robot) {
        Rect offline = laneHeader("offline");
        harness.requestContextMenu(robot, offline.centerX(), offline.centerY());
        robot.clickOn(StructureText.get("action.deleteLane"));
        DialogPane dialog = robot.lookup("#removal-dialog").queryAs(DialogPane.class);
        assertTrue(robot.lookup("#remove-next").tryQuery().isEmpty(), "the last lane has no lane below it");
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();

        JourneyMap map = harness.map();
        assertEquals(List.of("online"), map.lanes().stream().map(l -> l.id()).toList());
        assertEquals(MedicalClinicMap.build().touchpoints().size(), map.touchpoints().size());
        assertTrue(map.touchpoints().stream().allMatch(card -> card.laneId().equals("online")));
    }

    private Rect laneHeader(String laneId) {
        return harness.canvas.mapLayout().rows().stream().filter(r -> r.laneId().equals(laneId)).findFirst()
                .orElseThrow().header();
    }

    private static List<String> stageIds(JourneyMap map) {
        return map.stages().stream().map(stage -> stage.id()).toList();
    }

    private static Set<String> cardsIn(JourneyMap map, String stageId) {
        return map.touchpointsInStage(stageId).stream().map(Touchpoint::id).collect(Collectors.toSet());
    }
}
