package org.touchmap.ui.canvas;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.touchmap.edit.AddLane;
import org.touchmap.edit.LaneProperties;
import org.touchmap.layout.NoteBox;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Notes typed as fast as cards (type, Enter, Tab to the next stage), and a process step of the
 * blueprint linked to the touchpoints it supports from its menu; each one undo step.
 */
@ExtendWith(ApplicationExtension.class)
class BlueprintEntryTest {
    private EditableCanvas fixture;

    @Start
    void start(Stage stage) {
        fixture = new EditableCanvas(stage);
    }

    private void lane(FxRobot robot, String id, LaneKind kind) {
        robot.interact(() -> {
            fixture.document.commands().execute(AddLane.atEnd(new Lane(id, id)));
            fixture.document.commands().execute(LaneProperties.KIND.change(id, kind));
        });
    }

    private List<String> notesIn(String stageId, String laneId) {
        return fixture.map().notes().stream().filter(n -> n.stageId().equals(stageId) && n.laneId().equals(laneId))
                .map(Note::name).toList();
    }

    @Test
    void aClickOnACellOfThoughtsThenTypingAddsOneNotePerEnterAndTabMovesToTheNextStage(FxRobot robot) {
        lane(robot, "thoughts", LaneKind.THOUGHTS);
        int cards = fixture.map().touchpoints().size();

        robot.clickOn(fixture.cellPoint(robot, "awareness", "thoughts", 40, 20));
        robot.write("Is it for me?").type(KeyCode.ENTER);
        robot.write("Too many ads").type(KeyCode.ENTER);
        robot.type(KeyCode.TAB);
        robot.write("Who is near?").type(KeyCode.ENTER);
        robot.type(KeyCode.ESCAPE);

        assertEquals(List.of("Is it for me?", "Too many ads"), notesIn("awareness", "thoughts"));
        assertEquals(List.of("Who is near?"), notesIn("search", "thoughts"));
        assertEquals(cards, fixture.map().touchpoints().size(), "no card typed into a notes lane");
        fixture.assertConsistent();
        robot.interact(fixture.document::undo);
        assertEquals(List.of(), notesIn("search", "thoughts"), "each note is one undo step");
        assertEquals(2, notesIn("awareness", "thoughts").size());
    }

    @Test
    void tabAddsWhatWasTypedToItsOwnStageAndAClickElsewhereKeepsItToo(FxRobot robot) {
        lane(robot, "pains", LaneKind.PAIN_POINTS);

        robot.clickOn(fixture.cellPoint(robot, "compare", "pains", 40, 20));
        robot.write("Prices are hidden").type(KeyCode.TAB);
        robot.write("Half typed");
        robot.clickOn(fixture.cellPoint(robot, "awareness", "pains", 40, 20));

        assertEquals(List.of("Prices are hidden"), notesIn("compare", "pains"), "Tab adds it where it was typed");
        assertEquals(List.of("Half typed"), notesIn("decide", "pains"), "a click elsewhere adds it as Enter would");
        fixture.assertConsistent();
    }

    @Test
    void downAddsWhatWasTypedAndMovesToTheNextLaneOfNotesPastTheOthers(FxRobot robot) {
        lane(robot, "thoughts", LaneKind.THOUGHTS);
        lane(robot, "curve", LaneKind.EMOTION);
        lane(robot, "pains", LaneKind.PAIN_POINTS);

        robot.clickOn(fixture.cellPoint(robot, "search", "thoughts", 40, 20));
        robot.write("Who is near?").type(KeyCode.DOWN);
        robot.write("No prices").type(KeyCode.ENTER).type(KeyCode.UP);
        robot.write("Open on Saturday?").type(KeyCode.ENTER).type(KeyCode.ESCAPE);

        assertEquals(List.of("Who is near?", "Open on Saturday?"), notesIn("search", "thoughts"));
        assertEquals(List.of("No prices"), notesIn("search", "pains"), "the emotion lane takes no typing");
        fixture.assertConsistent();
    }

    @Test
    void aStepsMenuStillListsASupportedCardThatMovedToAnotherStage(FxRobot robot) {
        lane(robot, "backstage", LaneKind.BACKSTAGE);
        String card = fixture.map().touchpointsInStage("search").get(0).id();
        robot.interact(() -> {
            org.touchmap.edit.AddNote add = org.touchmap.edit.AddNote.newNote(fixture.map(), "Keep it current",
                    "awareness", "backstage");
            fixture.document.commands().execute(add);
            fixture.document.commands().execute(org.touchmap.edit.NoteProperties.SUPPORTS.change(add.noteId(),
                    List.of(card)));
        });
        NoteBox box = fixture.canvas.mapLayout().notes().get(0);

        ContextMenu[] menu = new ContextMenu[1];
        robot.interact(() -> menu[0] = new NoteMenu(fixture.editing).at(box.bounds().centerX(), box.bounds().centerY())
                .orElseThrow());
        Menu supports = (Menu) menu[0].getItems().stream().filter(item -> "note-supports".equals(item.getId()))
                .findFirst().orElseThrow();
        CheckMenuItem tick = supports.getItems().stream().map(CheckMenuItem.class::cast)
                .filter(CheckMenuItem::isSelected).findFirst()
                .orElseThrow(() -> new AssertionError("the card of another stage is listed, ticked"));
        robot.interact(tick::fire);

        assertEquals(List.of(), fixture.map().notes().get(0).supports(), "and can be unticked there");
    }

    @Test
    void aBackstageStepIsLinkedToATouchpointOfItsStageFromItsMenuAndTheLinkIsDrawn(FxRobot robot) {
        lane(robot, "backstage", LaneKind.BACKSTAGE);
        robot.clickOn(fixture.cellPoint(robot, "search", "backstage", 40, 20));
        robot.write("Keep the listing current").type(KeyCode.ENTER).type(KeyCode.ESCAPE);
        Note step = fixture.map().notes().get(0);
        String card = fixture.map().touchpointsInStage("search").get(0).id();
        NoteBox box = fixture.canvas.mapLayout().notes().get(0);

        ContextMenu[] menu = new ContextMenu[1];
        robot.interact(() -> menu[0] = new NoteMenu(fixture.editing).at(box.bounds().centerX(), box.bounds().centerY())
                .orElseThrow());
        Menu supports = (Menu) menu[0].getItems().stream().filter(item -> "note-supports".equals(item.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("a backstage step offers its stage's touchpoints"));
        CheckMenuItem tick = (CheckMenuItem) supports.getItems().get(0);
        robot.interact(tick::fire);

        assertEquals(List.of(card), fixture.map().findNote(step.id()).orElseThrow().supports());
        assertEquals(1, fixture.canvas.mapLayout().supportLinks().size(), "the link is drawn");
        assertEquals(1, fixture.canvas.mapLayout().blueprintLines().size(), "the backstage lane has its line");
        fixture.assertConsistent();
        robot.interact(fixture.document::undo);
        assertEquals(List.of(), fixture.map().findNote(step.id()).orElseThrow().supports());
    }
}
