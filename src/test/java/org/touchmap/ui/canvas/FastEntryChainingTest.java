package org.touchmap.ui.canvas;

import java.util.List;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

/** Fast entry as a workshop uses it: the typed cards become a chain, and are rated without leaving the keys. */
@ExtendWith(ApplicationExtension.class)
class FastEntryChainingTest {
    private EditableCanvas fixture;

    @Start
    void start(Stage stage) {
        fixture = new EditableCanvas(stage);
    }

    @Test
    void withNoActiveChainTheTypedCardsStartOneAndAreLinkedInTheOrderTyped(FxRobot robot) {
        JourneyMap before = fixture.map().copy();
        robot.interact(() -> fixture.selection.selectChain(null));
        robot.clickOn(fixture.cellPoint(robot, "awareness", "offline", 30, 30));
        robot.write("Flyer").type(KeyCode.ENTER);
        robot.write("Poster").type(KeyCode.ENTER);
        robot.type(KeyCode.TAB);
        robot.write("Friend").type(KeyCode.ENTER);
        fixture.assertConsistent();

        assertEquals(before.chains().size() + 1, fixture.map().chains().size(), "the second card started a chain");
        Chain started = fixture.map().chains().get(fixture.map().chains().size() - 1);
        assertEquals(started.id(), fixture.selection.chain().get(), "the new chain is the active one");
        assertEquals(List.of(new ChainLink(named("Flyer").id(), named("Poster").id()),
                new ChainLink(named("Poster").id(), named("Friend").id())), started.links());

        robot.interact(() -> {
            for (int i = 0; i < 3; i++) {
                fixture.document.commands().undo();
            }
        });
        assertEquals(before, fixture.map(), "each card, the second with its chain, was one undo step");
    }

    @Test
    void oneCardTypedAloneLeavesNoEmptyChain(FxRobot robot) {
        int chainsBefore = fixture.map().chains().size();
        robot.interact(() -> fixture.selection.selectChain(null));
        robot.clickOn(fixture.cellPoint(robot, "awareness", "offline", 30, 30));
        robot.write("Flyer").type(KeyCode.ENTER).type(KeyCode.ESCAPE);

        assertEquals(chainsBefore, fixture.map().chains().size(), "a single card is in no chain, and none was made");
        fixture.assertConsistent();
    }

    @Test
    void ratingKeysWhileTypingRateTheCardTypedLastAndTypeNothing(FxRobot robot) {
        robot.clickOn(fixture.cellPoint(robot, "awareness", "offline", 30, 30));
        robot.write("Flyer").type(KeyCode.ENTER);
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT3).release(KeyCode.ALT);
        assertEquals(Rating.NEGATIVE, named("Flyer").rating(), "Alt+3 rates the card just typed");

        robot.write("Pos");
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT1).release(KeyCode.ALT);
        TextField field = robot.lookup(".fast-entry").queryAs(TextField.class);
        assertEquals("Pos", field.getText(), "the rating key typed nothing into the name");
        assertTrue(field.isFocused(), "typing goes on");
        assertEquals(Rating.POSITIVE, named("Flyer").rating(), "the card typed last is still the one rated");
        robot.write("ter").type(KeyCode.ENTER);
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        assertEquals(Rating.NEUTRAL, named("Poster").rating());
        assertEquals(Rating.POSITIVE, named("Flyer").rating());

        robot.interact(() -> fixture.document.commands().undo());
        assertEquals(Rating.UNRATED, named("Poster").rating(), "a rating is its own undo step");
        fixture.assertConsistent();
    }

    @Test
    void ctrlZInTheEmptyFieldUndoesTheLastCardAndInATypedNameUndoesTheTyping(FxRobot robot) {
        int before = fixture.map().touchpoints().size();
        robot.clickOn(fixture.cellPoint(robot, "awareness", "offline", 30, 30));
        robot.write("Flyer").type(KeyCode.ENTER);
        robot.write("Poster").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(before + 1, fixture.map().touchpoints().size(), "Poster is undone");
        TextField field = robot.lookup(".fast-entry").queryAs(TextField.class);
        assertTrue(field.isFocused(), "typing goes on");

        robot.write("Leaflet");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(before + 1, fixture.map().touchpoints().size(), "with a name typed, Ctrl+Z is the field's");
        assertNotEquals("Leaflet", field.getText());
        fixture.assertConsistent();
    }

    @Test
    void aStageChosenByItsHeaderTakesTypedCardsToItsFirstLaneAndTabKeepsTheLaneOfACell(FxRobot robot) {
        robot.clickOn(fixture.cellPoint(robot, "awareness", "offline", 30, 30));
        robot.write("Flyer").type(KeyCode.ENTER).type(KeyCode.TAB);
        robot.write("Poster").type(KeyCode.ENTER).type(KeyCode.ESCAPE);
        assertEquals("offline", named("Poster").laneId(), "Tab moved on within the lane of the cell clicked");

        robot.interact(() -> fixture.selection.selectStage("compare"));
        robot.write("Leaflet").type(KeyCode.ENTER);
        assertEquals(fixture.map().lanes().get(0).id(), named("Leaflet").laneId(),
                "a stage chosen as a whole starts in its first lane, not in the lane clicked before");
        fixture.assertConsistent();
    }

    private Touchpoint named(String name) {
        List<Touchpoint> matches = fixture.map().touchpoints().stream().filter(tp -> tp.name().equals(name)).toList();
        assertEquals(1, matches.size(), "one card named " + name);
        return matches.get(0);
    }
}
