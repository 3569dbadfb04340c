package org.touchmap.ui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.analysis.CardVotes;

import static org.junit.jupiter.api.Assertions.*;

/** Edit → Dot voting…: participants, dots given with the keyboard, badges on the cards and the Votes tab. */
class VotingWindowTest extends SampleWindowTest {
    @Test
    void participantsGiveDotsByKeyboardWithinTheirLimit(FxRobot robot) {
        openVoting(robot);
        addParticipant(robot, "Anna");
        addParticipant(robot, "Boris");
        assertEquals(List.of("Anna", "Boris"), harness.map().voting().participants());

        // The participant added last is the one voting; V gives the selected card a dot.
        selectCard(robot, "tp-phone");
        press(robot, KeyCode.V);
        assertEquals(1, harness.map().voting().ballot("Boris").orElseThrow().dotsOn("tp-phone"));

        chooseParticipant(robot, "Anna");
        selectCard(robot, "tp-chat");
        press(robot, KeyCode.V);
        press(robot, KeyCode.V);
        press(robot, KeyCode.V);
        assertEquals(Map.of("tp-chat", "\u25cf 3", "tp-phone", "\u25cf 1"), badges(robot));

        // A fourth dot is refused with a message, and nothing changes.
        press(robot, KeyCode.V);
        assertEquals(3, harness.map().voting().ballot("Anna").orElseThrow().used());
        String message = robot.lookup("#voting-message").queryAs(Label.class).getText();
        assertTrue(message.contains("Anna has used all 3 dots"), message);
        assertTrue(participantLines(robot).contains("Anna \u2014 0 of 3 dots left"), participantLines(robot)::toString);

        // Undo takes the last dot back off the card.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Map.of("tp-chat", "\u25cf 2", "tp-phone", "\u25cf 1"), badges(robot));

        // Shift+V takes one back on purpose.
        robot.press(KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Map.of("tp-chat", "\u25cf 1", "tp-phone", "\u25cf 1"), badges(robot));
    }

    @Test
    void theVotesTabListsCardsMostDotsFirstAndChoosesThem(FxRobot robot) {
        openVoting(robot);
        addParticipant(robot, "Anna");
        selectCard(robot, "tp-chat");
        press(robot, KeyCode.V);
        selectCard(robot, "tp-phone");
        press(robot, KeyCode.V);
        press(robot, KeyCode.V);

        robot.press(KeyCode.F9).release(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup(".analysis-tabs").queryAs(TabPane.class).getSelectionModel()
                .select(robot.lookup(".analysis-tabs").queryAs(TabPane.class).getTabs().stream()
                        .filter(tab -> "analysis-tab-votes".equals(tab.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<CardVotes> votes = robot.lookup("#analysis-votes").queryListView();
        assertEquals(List.of("tp-phone", "tp-chat"), votes.getItems().stream().map(CardVotes::touchpointId).toList());

        ListCell<?> second = robot.from(votes).lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(cell -> cell.getIndex() == 1).findFirst().orElseThrow();
        assertTrue(second.getText().contains("dots: 1 \u00b7 Anna \u00d71"), second.getText());
        robot.clickOn(second.localToScreen(24, second.getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("tp-chat"), List.copyOf(harness.window.canvas().selectedTouchpointIds()));
    }

    @Test
    void withoutAParticipantTheKeySaysWhatToDo(FxRobot robot) {
        openVoting(robot);
        selectCard(robot, "tp-phone");
        press(robot, KeyCode.V);
        assertTrue(harness.map().voting().isNone());
        assertEquals("Choose a participant in the Dot voting window first.",
                robot.lookup("#voting-message").queryAs(Label.class).getText());
    }

    private void openVoting(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Stage voting = harness.window.votingWindow().stage();
        assertTrue(voting.isShowing(), "Ctrl+Shift+V opens the voting window");
        // Beside the map, as a facilitator would put it, so it covers none of the cards clicked here.
        robot.interact(() -> {
            voting.setX(harness.stage.getX() + harness.stage.getWidth() - voting.getWidth());
            voting.setY(harness.stage.getY() + harness.stage.getHeight() - voting.getHeight());
        });
    }

    private static void addParticipant(FxRobot robot, String name) {
        robot.clickOn("#voting-name").write(name).press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void chooseParticipant(FxRobot robot, String name) {
        ListView<String> list = robot.lookup("#voting-participants").queryListView();
        ListCell<?> cell = robot.from(list).lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(c -> c.getItem() != null && c.getItem().equals(name)).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> participantLines(FxRobot robot) {
        ListView<String> list = robot.lookup("#voting-participants").queryListView();
        return robot.from(list).lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .map(ListCell::getText).filter(text -> text != null).toList();
    }

    private void selectCard(FxRobot robot, String touchpointId) {
        var card = harness.window.canvas().mapLayout().card(touchpointId).orElseThrow().bounds();
        robot.interact(() -> harness.window.canvas().navigation().reveal(touchpointId));
        robot.clickOn(harness.onScreen(card));
        WaitForAsyncUtils.waitForFxEvents();
        // A desktop gives the clicked window the keyboard; the headless platform needs to be told.
        robot.interact(harness.stage::requestFocus);
        assertEquals(List.of(touchpointId), List.copyOf(harness.window.canvas().selectedTouchpointIds()));
    }

    private static void press(FxRobot robot, KeyCode key) {
        robot.press(key).release(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of each vote badge on the canvas, by card. */
    private Map<String, String> badges(FxRobot robot) {
        Map<String, String> badges = new TreeMap<>();
        robot.lookup(".vote-badge").queryAllAs(Label.class).forEach(badge ->
                badges.put((String) badge.getProperties().get("touchpointId"), badge.getText()));
        return badges;
    }
}
