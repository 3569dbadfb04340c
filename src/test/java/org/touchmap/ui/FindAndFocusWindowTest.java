package org.touchmap.ui;

import java.util.List;
import java.util.Set;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.analysis.Focus;
import org.touchmap.edit.RemoveChain;
import org.touchmap.edit.TouchpointProperties;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

/** Edit → Find (Ctrl+F) and View → Focus, in the real window with the clinic sample. */
class FindAndFocusWindowTest extends SampleWindowTest {
    private static final PseudoClass OUT_OF_FOCUS = PseudoClass.getPseudoClass("out-of-focus");
    private static final PseudoClass SEARCH_MATCH = PseudoClass.getPseudoClass("search-match");

    @Test
    void enterSelectsEachMatchInTurnAndEscapeClosesTheBar(FxRobot robot) {
        press(robot, KeyCode.SHORTCUT, KeyCode.F);
        TextField field = robot.lookup("#search-field").queryAs(TextField.class);
        assertTrue(field.isVisible() && field.isFocused(), "Ctrl+F puts the keyboard in the find bar");

        robot.write("booking");
        List<String> matches = harness.window.searchBar().matches();
        assertTrue(matches.size() >= 2, "the clinic books by phone and online: " + matches);
        assertEquals(Set.copyOf(matches), cardsWith(robot, SEARCH_MATCH), "every match is marked on the canvas");
        assertTrue(harness.window.canvas().selectedTouchpointIds().isEmpty(), "typing alone selects nothing");

        robot.type(KeyCode.ENTER);
        assertEquals(Set.of(matches.get(0)), harness.window.canvas().selectedTouchpointIds());
        assertEquals("1 of " + matches.size(), countText(robot));
        robot.type(KeyCode.ENTER);
        assertEquals(Set.of(matches.get(1)), harness.window.canvas().selectedTouchpointIds());
        press(robot, KeyCode.SHIFT, KeyCode.ENTER);
        assertEquals(Set.of(matches.get(0)), harness.window.canvas().selectedTouchpointIds(), "Shift+Enter goes back");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#search-bar").query().isVisible());
        assertTrue(cardsWith(robot, SEARCH_MATCH).isEmpty(), "closing the bar clears the marks");
        assertEquals(Set.of(matches.get(0)), harness.window.canvas().selectedTouchpointIds(), "the match stays selected");
    }

    @Test
    void searchesDescriptionsNotesAndChannelsAndSaysWhenNothingMatches(FxRobot robot) {
        Touchpoint card = harness.map().touchpoints().get(0);
        robot.interact(() -> harness.window.document().commands()
                .execute(TouchpointProperties.NOTES.change(card.id(), "Ask about the parking lot")));
        press(robot, KeyCode.SHORTCUT, KeyCode.F);

        robot.write("parking lot");
        assertEquals(List.of(card.id()), harness.window.searchBar().matches());

        robot.write(" zebra");
        assertEquals(List.of(), harness.window.searchBar().matches());
        assertEquals("No cards match", countText(robot));
        robot.type(KeyCode.ENTER);
        assertTrue(harness.window.canvas().selectedTouchpointIds().isEmpty(), "Enter with no match does nothing");
    }

    @Test
    void theMatchesFollowEditsWhileTheBarIsOpen(FxRobot robot) {
        press(robot, KeyCode.SHORTCUT, KeyCode.F);
        robot.write("Flamingo");
        assertTrue(harness.window.searchBar().matches().isEmpty());

        String id = harness.map().touchpoints().get(1).id();
        robot.interact(() -> harness.window.document().commands()
                .execute(TouchpointProperties.NAME.change(id, "Flamingo stand")));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(id), harness.window.searchBar().matches());
        assertEquals(Set.of(id), cardsWith(robot, SEARCH_MATCH));
    }

    @Test
    void focusOnNegativeCardsFadesTheRestAndTheStatusLineClearsIt(FxRobot robot) {
        Set<String> negative = idsRated(Rating.NEGATIVE);
        assertFalse(negative.isEmpty());
        assertFalse(robot.lookup("#focus-chip").query().isVisible(), "no focus at first");
        harness.showWholeMap(robot);

        press(robot, KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.DIGIT1);

        assertEquals(Focus.negative(), harness.window.canvas().focusProperty().get());
        Set<String> faded = cardsWith(robot, OUT_OF_FOCUS);
        assertEquals(harness.map().touchpoints().size() - negative.size(), faded.size());
        assertTrue(faded.stream().noneMatch(negative::contains), "negative cards stay clear");
        Label status = robot.lookup("#focus-status").queryAs(Label.class);
        assertTrue(robot.lookup("#focus-chip").query().isVisible());
        assertEquals("Focus: Negative cards · " + negative.size() + " of " + harness.map().touchpoints().size()
                + " cards", status.getText());
        assertEquals(harness.map().touchpoints().size(), robot.lookup(".card").queryAll().size(), "nothing is hidden");

        robot.clickOn(robot.lookup("#focus-status-clear").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertNull(harness.window.canvas().focusProperty().get());
        assertTrue(cardsWith(robot, OUT_OF_FOCUS).isEmpty(), "one click shows every card again");
        assertFalse(robot.lookup("#focus-chip").query().isVisible());
    }

    @Test
    void aFocusFollowsRatingsAndAFocusOnADeletedChainClearsItself(FxRobot robot) {
        harness.showWholeMap(robot);
        press(robot, KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.DIGIT1);
        Touchpoint positive = harness.map().touchpoints().stream()
                .filter(t -> t.rating() == Rating.POSITIVE).findFirst().orElseThrow();
        assertTrue(cardsWith(robot, OUT_OF_FOCUS).contains(positive.id()));

        robot.interact(() -> harness.window.document().commands()
                .execute(TouchpointProperties.RATING.change(positive.id(), Rating.NEGATIVE)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(cardsWith(robot, OUT_OF_FOCUS).contains(positive.id()), "a card rated negative comes into focus");

        String chainId = harness.map().chains().get(0).id();
        Set<String> inChain = Set.copyOf(harness.map().chain(chainId).touchpointIds());
        robot.interact(() -> harness.window.canvas().focusProperty().set(Focus.chain(chainId)));
        assertEquals(harness.map().touchpoints().size() - inChain.size(), cardsWith(robot, OUT_OF_FOCUS).size());

        robot.interact(() -> harness.window.document().commands().execute(new RemoveChain(chainId)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(harness.window.canvas().focusProperty().get(), "the chain is gone, so is its focus");
        assertTrue(cardsWith(robot, OUT_OF_FOCUS).isEmpty());
    }

    @Test
    void shiftEscapeClearsTheFocus(FxRobot robot) {
        press(robot, KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.DIGIT3);
        assertEquals(Focus.keyPoints(), harness.window.canvas().focusProperty().get());

        press(robot, KeyCode.SHIFT, KeyCode.ESCAPE);

        assertNull(harness.window.canvas().focusProperty().get());
    }

    @Test
    void presentingPutsTheFocusAndTheSearchAsideAndHidesTheBadges(FxRobot robot) {
        press(robot, KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.DIGIT1);
        press(robot, KeyCode.SHORTCUT, KeyCode.F);
        robot.write("booking");
        robot.interact(() -> harness.window.canvas().requestFocus());

        press(robot, KeyCode.F5);

        assertNull(harness.window.canvas().focusProperty().get(), "every card the step reveals is shown clearly");
        assertTrue(cardsWith(robot, SEARCH_MATCH).isEmpty());
        assertFalse(harness.window.searchBar().isOpen());
        assertTrue(harness.window.canvas().getPseudoClassStates().contains(PseudoClass.getPseudoClass("presenting")),
                "the badge layers are hidden while presenting");

        press(robot, KeyCode.ESCAPE);

        assertEquals(Focus.negative(), harness.window.canvas().focusProperty().get(), "the focus comes back");
        assertFalse(harness.window.canvas().getPseudoClassStates().contains(PseudoClass.getPseudoClass("presenting")));
    }

    private Set<String> idsRated(Rating rating) {
        return harness.map().touchpoints().stream().filter(t -> t.rating() == rating).map(Touchpoint::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Ids of the cards in {@code state}, found by the name each card reads out first (names are unique in the sample). */
    private Set<String> cardsWith(FxRobot robot, PseudoClass state) {
        return robot.lookup(".card").queryAll().stream()
                .filter(node -> node.getPseudoClassStates().contains(state))
                .map(this::touchpointId)
                .collect(java.util.stream.Collectors.toSet());
    }

    private String touchpointId(Node card) {
        String name = card.getAccessibleText().split("\n")[0];
        return harness.map().touchpoints().stream().filter(t -> t.name().equals(name)).map(Touchpoint::id)
                .findFirst().orElseThrow();
    }

    private static String countText(FxRobot robot) {
        return robot.lookup("#search-count").queryAs(Label.class).getText();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        List<KeyCode> reversed = new java.util.ArrayList<>(List.of(keys));
        java.util.Collections.reverse(reversed);
        robot.release(reversed.toArray(KeyCode[]::new));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
