package org.touchmap.ui;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.edit.CompositeCommand;
import org.touchmap.edit.Description;
import org.touchmap.edit.StageProperties;
import org.touchmap.edit.TouchpointProperties;
import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;

/** View → Analysis overlay: health badges on the stage headers and ranks on the weakest cards. */
class AnalysisOverlayWindowTest extends SampleWindowTest {
    @Test
    void theShortcutShowsAndHidesTheBadges(FxRobot robot) {
        assertTrue(robot.lookup(".stage-health-badge").queryAll().isEmpty(), "off at first");
        assertTrue(robot.lookup(".weak-link-rank").queryAll().isEmpty());

        toggle(robot);
        int stages = harness.window.document().map().stages().size();
        assertEquals(stages, robot.lookup(".stage-health-badge").queryAll().size(), "one badge per stage");
        assertFalse(robot.lookup(".weak-link-rank").queryAll().isEmpty());

        toggle(robot);
        assertTrue(robot.lookup(".stage-health-badge").queryAll().isEmpty(), "the shortcut again hides them");
        assertTrue(robot.lookup(".weak-link-rank").queryAll().isEmpty());
    }

    @Test
    void theWeakestCardOfTheClinicGetsRankOne(FxRobot robot) {
        toggle(robot);
        assertEquals("tp-phone", rankedCard(robot, "1"));
        List<String> ranks = robot.lookup(".weak-link-rank").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(ranks.size() <= 5, ranks.toString());
        assertEquals("1", ranks.get(0));
    }

    @Test
    void stageBadgesShowTheShareOfNegativeTouchpoints(FxRobot robot) {
        toggle(robot);
        List<String> texts = robot.lookup(".stage-health-badge").queryAllAs(Label.class).stream()
                .map(label -> label.getText().lines().findFirst().orElse("")).toList();
        assertTrue(texts.stream().allMatch(text -> text.matches("\\d+ % negative") || text.equals("Not rated yet")),
                texts.toString());
        assertTrue(robot.lookup(".stage-health-badge.poor").tryQuery().isPresent()
                || robot.lookup(".stage-health-badge.watch").tryQuery().isPresent(), "the clinic has weak stages");
    }

    @Test
    void theBadgesFollowEditsOfTheMap(FxRobot robot) {
        toggle(robot);
        robot.interact(() -> harness.window.document().commands()
                .execute(TouchpointProperties.RATING.change("tp-phone", Rating.POSITIVE)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals("tp-phone", rankedCard(robot, "1"), "a card rated positive is no weak link");
        assertTrue(robot.lookup(".weak-link-rank").queryAll().stream()
                .noneMatch(node -> "tp-phone".equals(node.getProperties().get("touchpointId"))));
    }

    @Test
    void theStageAfterWhichTheMostCustomersAreLostSaysSo(FxRobot robot) {
        toggle(robot);
        robot.interact(() -> harness.window.document().commands().execute(new CompositeCommand(
                Description.of("stage.change.visitors", "funnel"), List.of(
                        StageProperties.VISITORS.change("awareness", 1000L),
                        StageProperties.VISITORS.change("search", 800L),
                        StageProperties.VISITORS.change("compare", 300L),
                        StageProperties.VISITORS.change("decide", 200L),
                        StageProperties.VISITORS.change("after", null)))));
        WaitForAsyncUtils.waitForFxEvents();

        List<Label> leaks = robot.lookup(".stage-health-badge.biggest-leak").queryAllAs(Label.class).stream().toList();
        assertEquals(1, leaks.size());
        Label leak = leaks.get(0);
        assertEquals("search", leak.getProperties().get("stageId"));
        assertTrue(leak.getText().endsWith("Most lost after it: 62.5 %"), leak.getText());
        assertFalse(leak.getStyleClass().contains("good"), "the biggest leak is never good");
        assertEquals("Most customers are lost after Information search: 62.5 %", leak.getTooltip().getText());
    }

    private static String rankedCard(FxRobot robot, String rank) {
        Node badge = robot.lookup(".weak-link-rank").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().equals(rank)).findFirst().orElseThrow();
        return (String) badge.getProperties().get("touchpointId");
    }

    private static void toggle(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
