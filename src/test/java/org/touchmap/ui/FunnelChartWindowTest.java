package org.touchmap.ui;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.edit.Command;
import org.touchmap.edit.CompositeCommand;
import org.touchmap.edit.Description;
import org.touchmap.edit.StageProperties;

import static org.junit.jupiter.api.Assertions.*;

/** The funnel tab of the analysis panel: bars from the stages' visitor counts. */
class FunnelChartWindowTest extends SampleWindowTest {
    private static final List<String> STAGES = List.of("awareness", "search", "compare", "decide", "after");
    @Test
    void barsShowVisitorsConversionsAndDropOffsOfTheFunnel(FxRobot robot) {
        showFunnel(robot);
        setVisitors(robot, 1000L, 400L, 100L, 60L, null);

        assertEquals(List.of("40 %", "25 %", "60 %"), texts(robot, ".funnel-conversion"));
        assertEquals(List.of("1,000", "400", "100", "60"), texts(robot, ".funnel-visitors"));
        assertEquals(List.of("\u25bc 60 % drop off", "\u25bc 75 % drop off: the biggest leak", "\u25bc 40 % drop off"),
                texts(robot, ".funnel-drop"));
        assertEquals(List.of("Problem awareness", "Information search", "Comparison of options",
                "Purchase decision"), texts(robot, ".funnel-stage"));
        List<Region> bars = robot.lookup(".funnel-bar").queryAllAs(Region.class).stream().toList();
        assertEquals(0.4, bars.get(1).getWidth() / bars.get(0).getWidth(), 0.01, "as wide as the share of visitors");
        assertTrue(robot.lookup(".funnel-bar.warning").queryAll().isEmpty(), "the funnel narrows everywhere");
    }

    @Test
    void aStageWithMoreVisitorsThanTheOneBeforeIsMarked(FxRobot robot) {
        showFunnel(robot);
        setVisitors(robot, 1000L, 1500L, null, 100L, 80L);

        assertEquals(List.of("150 %", "80 %"), texts(robot, ".funnel-conversion"));
        assertEquals(List.of("\u25b2 more visitors than at the stage before"), texts(robot, ".funnel-drop.warning"));
        assertEquals(1, robot.lookup(".funnel-bar.warning").queryAll().size());
        assertEquals(List.of("No visitor count: Comparison of options"), texts(robot, ".funnel-gap"));
    }

    @Test
    void withoutVisitorCountsTheChartSaysWhereToEnterThem(FxRobot robot) {
        showFunnel(robot);
        setVisitors(robot, null, null, null, null, null);

        Label hint = robot.lookup("#analysis-funnel > .label").queryAs(Label.class);
        assertTrue(hint.isVisible());
        assertTrue(hint.getText().contains("Enter visitor counts in the stage properties"), hint.getText());
        assertTrue(robot.lookup(".funnel-bar").queryAll().isEmpty());
    }

    private static void showFunnel(FxRobot robot) {
        robot.press(KeyCode.F9).release(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Funnel");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setVisitors(FxRobot robot, Long... visitors) {
        List<Command> changes = java.util.stream.IntStream.range(0, STAGES.size())
                .mapToObj(i -> StageProperties.VISITORS.change(STAGES.get(i), visitors[i])).toList();
        robot.interact(() -> harness.window.document().commands().execute(
                new CompositeCommand(Description.of("stage.change.visitors", "funnel"), changes)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText)
                .toList();
    }
}
