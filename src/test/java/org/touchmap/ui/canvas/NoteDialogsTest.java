package org.touchmap.ui.canvas;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.edit.AddLane;
import org.touchmap.edit.LaneProperties;
import org.touchmap.layout.Rect;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;
import org.touchmap.model.Note;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Notes of a notes lane added, edited and deleted with a double-click, each one undo step. */
@ExtendWith(ApplicationExtension.class)
class NoteDialogsTest {
    private EditableCanvas fixture;

    @Start
    void start(Stage stage) {
        fixture = new EditableCanvas(stage);
    }

    private void thoughtsLane(FxRobot robot) {
        robot.interact(() -> {
            fixture.document.commands().execute(AddLane.atEnd(new Lane("thoughts", "Thoughts")));
            fixture.document.commands().execute(LaneProperties.KIND.change("thoughts", LaneKind.THOUGHTS));
        });
    }

    /** Types {@code text} into the open note dialog and presses OK; the text the dialog had before. */
    private static String answer(FxRobot robot, String text) {
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        TextField field = (TextField) dialog.lookup(".text-field");
        String before = field.getText();
        robot.interact(() -> field.setText(text));
        ButtonType ok = dialog.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .findFirst().orElseThrow();
        assertEquals("OK", ok.getText(), "the interface's own word, not JavaFX's");
        robot.clickOn((Button) dialog.lookupButton(ok));
        WaitForAsyncUtils.waitForFxEvents();
        return before;
    }

    private List<String> notes() {
        return fixture.map().notes().stream().map(Note::name).toList();
    }

    @Test
    void aDoubleClickInANotesLaneAddsANoteAndNoCard(FxRobot robot) {
        thoughtsLane(robot);
        int cards = fixture.map().touchpoints().size();

        robot.doubleClickOn(fixture.cellPoint(robot, "search", "thoughts", 60, 20));
        answer(robot, "Who is near?");

        assertEquals(List.of("Who is near?"), notes());
        assertEquals("search", fixture.map().notes().get(0).stageId());
        assertEquals(cards, fixture.map().touchpoints().size(), "no card in a notes lane");
        assertEquals(1, fixture.canvas.mapLayout().notes().size(), "the canvas shows the note");
        fixture.assertConsistent();
    }

    @Test
    void aNoteEditedToNothingIsDeletedAndUndoBringsItBack(FxRobot robot) {
        thoughtsLane(robot);
        robot.interact(() -> fixture.document.commands().execute(
                org.touchmap.edit.AddNote.newNote(fixture.map(), "Is it far?", "compare", "thoughts")));
        Rect note = fixture.canvas.mapLayout().notes().get(0).bounds();

        robot.doubleClickOn(fixture.screen(robot, note.centerX(), note.centerY()));
        assertEquals("Is it far?", answer(robot, "   "), "the dialog opens with the note's text");

        assertEquals(List.of(), notes());
        robot.interact(fixture.document::undo);
        assertEquals(List.of("Is it far?"), notes());
        fixture.assertConsistent();
    }
}
