package org.touchmap.ui;

import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.edit.CompositeCommand;
import org.touchmap.edit.Description;
import org.touchmap.edit.StageProperties;

import static org.junit.jupiter.api.Assertions.*;

/** View → Analysis: the panel under the canvas, its weak links and its stage table. */
class AnalysisPanelWindowTest extends SampleWindowTest {
    @Test
    void f9ShowsAndHidesThePanel(FxRobot robot) {
        assertTrue(robot.lookup("#analysis-panel").tryQuery().isEmpty(), "hidden at first");

        pressF9(robot);
        Node panel = robot.lookup("#analysis-panel").query();
        assertTrue(panel.isVisible() && panel.getScene() != null);

        pressF9(robot);
        assertTrue(robot.lookup("#analysis-panel").tryQuery().isEmpty(), "F9 again hides it");
    }

    @Test
    void clickingTheWeakestLinkSelectsItsCard(FxRobot robot) {
        pressF9(robot);
        ListView<?> links = robot.lookup("#analysis-weak-links").queryListView();
        ListCell<?> first = robot.from(links).lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(cell -> cell.getIndex() == 0).findFirst().orElseThrow();
        assertTrue(first.getText().startsWith("Booking by phone"), first.getText());

        // Near the start of the line: a long line runs on past the list's visible width.
        robot.clickOn(first.localToScreen(24, first.getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("tp-phone"), Set.copyOf(harness.window.canvas().selectedTouchpointIds()));
    }

    @Test
    void aChosenWeakLinkOutOfViewIsScrolledIntoView(FxRobot robot) {
        pressF9(robot);
        robot.interact(() -> harness.window.canvas().navigation().setZoom(3));
        WaitForAsyncUtils.waitForFxEvents();
        Node viewport = harness.window.canvas().lookup(".map-scroll-pane > .viewport");
        var card = harness.window.canvas().mapLayout().card("tp-phone").orElseThrow().bounds();
        assertFalse(viewport.localToScreen(viewport.getBoundsInLocal()).contains(harness.onScreen(card)),
                "at 300 % the card starts out of view");

        ListView<?> links = robot.lookup("#analysis-weak-links").queryListView();
        ListCell<?> first = robot.from(links).lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(cell -> cell.getIndex() == 0).findFirst().orElseThrow();
        robot.clickOn(first.localToScreen(24, first.getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(viewport.localToScreen(viewport.getBoundsInLocal()).contains(harness.onScreen(card)),
                "the chosen card is in view");
    }

    @Test
    void theStageTableShowsConversionsFromVisitorsAndFollowsEdits(FxRobot robot) {
        pressF9(robot);
        robot.interact(() -> harness.window.document().commands().execute(new CompositeCommand(
                Description.of("stage.change.visitors", "funnel"), List.of(
                        StageProperties.VISITORS.change("awareness", 1000L),
                        StageProperties.VISITORS.change("search", 400L),
                        StageProperties.VISITORS.change("compare", 100L),
                        StageProperties.VISITORS.change("decide", 60L),
                        StageProperties.VISITORS.change("after", null)))));

        assertEquals(List.of("40 %", "25 %", "60 %", "\u2014", "\u2014"), column(robot, "#analysis-conversion"));
        assertEquals(List.of("60 %", "75 %", "40 %", "\u2014", "\u2014"), column(robot, "#analysis-dropOff"));
        assertEquals(List.of("1,000", "400", "100", "60", "\u2014"), column(robot, "#analysis-visitors"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals("40 %", column(robot, "#analysis-conversion").get(0), "undo shows the numbers before");
    }

    @Test
    void thePanelAndTheFunnelChartNameTheBiggestLeak(FxRobot robot) {
        pressF9(robot);
        robot.interact(() -> harness.window.document().commands().execute(new CompositeCommand(
                Description.of("stage.change.visitors", "funnel"), List.of(
                        StageProperties.VISITORS.change("awareness", 1000L),
                        StageProperties.VISITORS.change("search", 800L),
                        StageProperties.VISITORS.change("compare", 300L),
                        StageProperties.VISITORS.change("decide", 200L),
                        StageProperties.VISITORS.change("after", null)))));
        WaitForAsyncUtils.waitForFxEvents();

        Label leak = robot.lookup("#analysis-biggest-leak").queryAs(Label.class);
        assertTrue(leak.isVisible());
        assertEquals("Most customers are lost after Information search: 62.5 %", leak.getText());
        assertTrue(robot.lookup(".funnel-biggest-leak").queryAs(Label.class).getText().contains("62.5 %"),
                "the funnel chart marks the same drop");
        assertEquals(1, robot.lookup(".funnel-biggest-leak").queryAll().size());
    }

    @Test
    void withoutVisitorCountsTheFindingsDoNotCallTheFunnelNarrowing(FxRobot robot) {
        pressF9(robot);
        robot.interact(() -> harness.window.document().commands().execute(new CompositeCommand(
                Description.of("stage.change.visitors", "funnel"), harness.window.document().map().stages().stream()
                        .map(stage -> StageProperties.VISITORS.change(stage.id(), null)).toList())));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> findings = robot.lookup("#analysis-findings .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(findings.stream().anyMatch(text -> text.contains("cannot be judged")), findings.toString());
        assertTrue(findings.stream().noneMatch(text -> text.contains("narrows")), findings.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<String> column(FxRobot robot, String id) {
        TableView<Object> table = robot.lookup("#analysis-stages").queryTableView();
        TableColumn<Object, ?> column = table.getColumns().stream()
                .filter(c -> id.equals("#" + c.getId())).findFirst().orElseThrow();
        return java.util.stream.IntStream.range(0, table.getItems().size())
                .mapToObj(row -> String.valueOf(column.getCellData(row))).toList();
    }

    private static void pressF9(FxRobot robot) {
        robot.press(KeyCode.F9).release(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
