package org.touchmap.ui.canvas;

import java.util.List;
import java.util.Set;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.edit.AddChain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.Presence;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

/** Adding and naming cards on the canvas as a person does: fast entry, double-click, rename, paste, drop. */
@ExtendWith(ApplicationExtension.class)
class CardEntryGesturesTest {
    private EditableCanvas fixture;

    @Start
    void start(Stage stage) {
        fixture = new EditableCanvas(stage);
    }

    @Test
    void fastEntryAddsThreeCardsWithEnterAndMovesToTheNextStageWithTab(FxRobot robot) {
        int before = fixture.map().touchpoints().size();
        robot.clickOn(fixture.cellPoint(robot, "awareness", "offline", 30, 30));
        assertEquals("awareness", fixture.selection.stage().get(), "a click on an empty cell selects its stage");

        robot.write("Flyer").type(KeyCode.ENTER);
        fixture.assertConsistent();
        robot.write("Poster").type(KeyCode.ENTER);
        fixture.assertConsistent();
        robot.type(KeyCode.TAB);
        assertEquals("search", fixture.selection.stage().get());
        robot.write("Friend").type(KeyCode.ENTER);
        fixture.assertConsistent();

        assertEquals(before + 3, fixture.map().touchpoints().size());
        Touchpoint flyer = named("Flyer");
        Touchpoint poster = named("Poster");
        Touchpoint friend = named("Friend");
        assertEquals(List.of("awareness", "offline", 0.0), List.of(flyer.stageId(), flyer.laneId(), flyer.y()));
        assertEquals("awareness", poster.stageId());
        assertTrue(poster.y() > flyer.y(), "the second card goes below the first");
        assertEquals(List.of("search", "offline"), List.of(friend.stageId(), friend.laneId()));
        assertTrue(robot.lookup(".fast-entry").queryAs(TextField.class).isFocused(), "ready for the next name");

        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup(".fast-entry").tryQuery().isEmpty(), "Escape closes the field");
        robot.interact(() -> {
            for (int i = 0; i < 3; i++) {
                fixture.document.commands().undo();
            }
        });
        assertEquals(before, fixture.map().touchpoints().size(), "each card was one undo step");
        assertFalse(fixture.document.commands().canUndo());
    }

    @Test
    void keysTypedBackToBackBeforeTheFastEntryFieldIsShownAllReachTheName(FxRobot robot) {
        robot.clickOn(fixture.cellPoint(robot, "awareness", "offline", 30, 30));
        // All keys in one go on the FX thread, so no pulse runs between them: as when a person types
        // faster than the field is drawn, which happens on the first card of a session.
        robot.interact(() -> {
            for (char c : "Search ad".toCharArray()) {
                typeIntoFocusOwner(String.valueOf(c));
            }
        });
        TextField field = robot.lookup(".fast-entry").queryAs(TextField.class);
        assertEquals("Search ad", field.getText(), "no key is lost while the field opens");
        assertTrue(field.getHeight() > 0, "the field shows what is typed");
        robot.type(KeyCode.ENTER);
        assertEquals("awareness", named("Search ad").stageId());
        fixture.assertConsistent();
    }

    /** Delivers a key as the window does: to the node with the keyboard focus, or the scene's root. */
    private void typeIntoFocusOwner(String character) {
        javafx.scene.Scene scene = fixture.canvas.getScene();
        javafx.scene.Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_TYPED,
                character, "", KeyCode.UNDEFINED, false, false, false, false));
    }

    @Test
    void fastEntryAppendsEachCardToTheActiveChainInOneUndoStep(FxRobot robot) {
        List<ChainLink> linksBefore = fixture.map().chain("ch-repeat").links();
        String lastCard = linksBefore.get(linksBefore.size() - 1).to();
        robot.interact(() -> fixture.selection.selectChain("ch-repeat"));
        robot.clickOn(fixture.cellPoint(robot, "after", "offline", 8, 150));
        robot.write("Booking").type(KeyCode.ENTER);
        robot.write("Visit").type(KeyCode.ENTER);
        fixture.assertConsistent();

        String booking = named("Booking").id();
        String visit = named("Visit").id();
        List<ChainLink> links = fixture.map().chain("ch-repeat").links();
        assertEquals(linksBefore.size() + 2, links.size());
        assertEquals(new ChainLink(lastCard, booking), links.get(links.size() - 2));
        assertEquals(new ChainLink(booking, visit), links.get(links.size() - 1));

        robot.interact(() -> fixture.document.commands().undo());
        assertFalse(fixture.map().hasTouchpoint(visit));
        assertEquals(linksBefore.size() + 1, fixture.map().chain("ch-repeat").linkCount(),
                "the card and its link went in one step");
        fixture.assertConsistent();
    }

    @Test
    void fastEntryStartsAnEmptyChainWithTheFirstCardAndLinksTheSecond(FxRobot robot) {
        AddChain addChain = AddChain.newChain(fixture.map(), "Referral", "#cc79a7");
        robot.interact(() -> {
            fixture.document.commands().execute(addChain);
            fixture.selection.selectChain(addChain.chainId());
        });
        robot.clickOn(fixture.cellPoint(robot, "awareness", "offline", 8, 8));
        robot.write("Tip").type(KeyCode.ENTER);
        assertEquals(0, fixture.map().chain(addChain.chainId()).linkCount(), "one card is no link yet");
        robot.write("Search").type(KeyCode.ENTER);
        fixture.assertConsistent();
        assertEquals(List.of(new ChainLink(named("Tip").id(),
                named("Search").id())), fixture.map().chain(addChain.chainId()).links());
    }

    @Test
    void doubleClickOnACardRenamesItInPlaceAndEmptyNamesAreRefused(FxRobot robot) {
        robot.doubleClickOn(fixture.cardCentre(robot, "tp-chat"));
        TextField field = robot.lookup(".in-place-editor").queryAs(TextField.class);
        assertEquals("Question in the site chat", field.getText());

        robot.type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        assertTrue(robot.lookup(".in-place-problem").queryAs(Label.class).isVisible(), "an empty name is refused");
        assertEquals("Question in the site chat", fixture.map().touchpoint("tp-chat").name());

        robot.write("Fast chat").type(KeyCode.ENTER);
        fixture.assertConsistent();
        assertEquals("Fast chat", fixture.map().touchpoint("tp-chat").name());
        assertTrue(robot.lookup(".in-place-editor").tryQuery().isEmpty());

        robot.type(KeyCode.F2);
        robot.write("Gone").type(KeyCode.ESCAPE);
        assertEquals("Fast chat", fixture.map().touchpoint("tp-chat").name());
        robot.interact(() -> fixture.document.commands().undo());
        assertEquals("Question in the site chat", fixture.map().touchpoint("tp-chat").name());
        assertFalse(fixture.document.commands().canUndo(), "the rename was one step, the cancelled one none");
    }

    @Test
    void doubleClickOnAnEmptyCellAddsACardThereAndOpensItsName(FxRobot robot) {
        robot.doubleClickOn(fixture.cellPoint(robot, "compare", "offline", 8, 150));
        fixture.assertConsistent();
        Touchpoint added = named("New touchpoint");
        assertEquals(List.of("compare", "offline"), List.of(added.stageId(), added.laneId()));
        assertEquals(Set.of(added.id()), fixture.selection.touchpoints());

        robot.write("Call-back").type(KeyCode.ENTER);
        assertEquals("Call-back", fixture.map().touchpoint(added.id()).name());
        fixture.assertConsistent();
    }

    @Test
    void copyAndPasteAddsCardsWithNewIdsAsOneStep(FxRobot robot) {
        int before = fixture.map().touchpoints().size();
        robot.clickOn(fixture.cardCentre(robot, "tp-phone"));
        robot.press(KeyCode.SHIFT).clickOn(fixture.cardCentre(robot, "tp-reception")).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        fixture.assertConsistent();

        assertEquals(before + 2, fixture.map().touchpoints().size());
        Set<String> pasted = Set.copyOf(fixture.selection.touchpoints());
        assertEquals(2, pasted.size(), "the pasted cards are selected");
        assertFalse(pasted.contains("tp-phone") || pasted.contains("tp-reception"), "new ids");
        assertEquals(Set.of("Booking by phone", "Check-in at reception"), pasted.stream()
                .map(id -> fixture.map().touchpoint(id).name()).collect(java.util.stream.Collectors.toSet()));

        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        assertEquals(before + 4, fixture.map().touchpoints().size(), "duplicate copies the pasted cards again");
        fixture.assertConsistent();
        robot.interact(() -> {
            fixture.document.commands().undo();
            fixture.document.commands().undo();
        });
        assertEquals(before, fixture.map().touchpoints().size());
    }

    @Test
    void droppedChannelBecomesACardWithTheChannelsDefaults(FxRobot robot) {
        var cell = fixture.canvas.mapLayout().cell("decide", "online").orElseThrow();
        robot.interact(() -> assertTrue(fixture.editing.creation().addChannelCard("phone-call", cell.centerX(), cell.centerY())));
        fixture.assertConsistent();
        Touchpoint call = fixture.map().touchpoint(fixture.selection.touchpoints().iterator().next());
        assertEquals("phone-call", call.channelId());
        assertEquals(Presence.ONLINE, call.presence(), "the Online lane decides over the phone call's default");
        assertEquals(List.of("decide", "online"), List.of(call.stageId(), call.laneId()));
        assertEquals("Phone call", call.name());
        robot.interact(() -> assertFalse(fixture.editing.creation().addChannelCard("phone-call", 1, 1), "off the grid"));
    }

    private Touchpoint named(String name) {
        List<Touchpoint> matches = fixture.map().touchpoints().stream().filter(tp -> tp.name().equals(name)).toList();
        assertEquals(1, matches.size(), "one card named " + name);
        return matches.get(0);
    }
}
