package org.touchmap.ui;

import org.touchmap.ui.document.RecentFiles;
import org.touchmap.ui.document.Samples;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.ui.editor.Document;

import static org.junit.jupiter.api.Assertions.*;

/** The side panels beside the canvas keep a usable size, fold away and come back at the size they had. */
class SidePanelsWindowTest extends SampleWindowTest {
    /** Enough for the chain list's header row and three chains. */
    private static final double USABLE_LIST_HEIGHT = 120;

    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            harness.stage.getScene().getRoot().applyCss();
            harness.stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ListView<?> chainList(FxRobot robot) {
        return robot.lookup("#chain-list").queryListView();
    }

    @Test
    void openingTheAnalysisLeavesTheChainListUsableForSwitchingChains(FxRobot robot) {
        robot.clickOn(harness.window.canvas());
        robot.type(KeyCode.F9);
        settle(robot);
        assertNotNull(robot.lookup("#analysis-panel").tryQuery().orElse(null), "F9 showed the analysis");

        ListView<?> list = chainList(robot);
        assertTrue(list.getHeight() >= USABLE_LIST_HEIGHT, "the chain list is " + list.getHeight() + " px high");

        ListCell<?> second = robot.from(list).lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(cell -> cell.getIndex() == 1).findFirst().orElseThrow();
        robot.clickOn(second);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ch-repeat", harness.window.canvas().selection().chain().get());
    }

    @Test
    void withTheAnalysisOpenTheCatalogHintShowsWhole(FxRobot robot) {
        robot.clickOn(harness.window.canvas());
        robot.type(KeyCode.F9);
        settle(robot);

        Node catalog = robot.lookup(".catalog-panel").query();
        javafx.scene.control.Label hint = robot.lookup("#catalog-hint").queryAs(javafx.scene.control.Label.class);
        javafx.geometry.Bounds inCatalog = catalog.sceneToLocal(hint.localToScene(hint.getBoundsInLocal()));
        double catalogHeight = ((javafx.scene.layout.Region) catalog).getHeight();
        assertTrue(inCatalog.getMaxY() <= catalogHeight + 0.5,
                "the hint ends at " + inCatalog.getMaxY() + " in a catalog " + catalogHeight + " px high");
        assertTrue(hint.getHeight() >= hint.prefHeight(hint.getWidth()) - 0.5, "the hint is not cut to an ellipsis");
        ListView<?> channels = robot.lookup("#catalog-list").queryListView();
        double row = robot.from(channels).lookup(".list-cell").<ListCell<?>>queryAll().iterator().next().getHeight();
        assertTrue(channels.getHeight() >= 2 * row, "two channels show below it, the list is " + channels.getHeight() + " px");
        assertTrue(chainList(robot).getHeight() >= USABLE_LIST_HEIGHT, "and the chain list stays usable");
    }

    @Test
    void theAnalysisComesBackAtTheHeightItWasDraggedTo(FxRobot robot) {
        SplitPane area = harness.window.sidePanels().analysisArea();
        robot.interact(() -> harness.window.analysis().showingProperty().set(true));
        settle(robot);
        double dragged = 240;
        robot.interact(() -> area.setDividerPosition(0, 1 - dragged / area.getHeight()));
        settle(robot);
        robot.interact(() -> harness.window.analysis().showingProperty().set(false));
        settle(robot);

        robot.interact(() -> harness.window.analysis().showingProperty().set(true));
        settle(robot);
        Node panel = robot.lookup("#analysis-panel").query();
        assertEquals(dragged, panel.getBoundsInParent().getHeight(), 6, "the analysis is as high as it was left");
    }

    @Test
    void aFoldedPanelLeavesItsRoomToTheOthersAndComesBackAtItsSize(FxRobot robot) {
        settle(robot);
        Node properties = robot.lookup(".property-panel").query();
        double width = properties.getBoundsInParent().getWidth();
        Node canvas = harness.window.canvas();
        double canvasWidth = canvas.getBoundsInLocal().getWidth();

        robot.interact(() -> harness.window.sidePanels().propertiesShown().set(false));
        settle(robot);
        assertNull(properties.getScene(), "the property panel is folded away");
        assertTrue(canvas.getBoundsInLocal().getWidth() > canvasWidth + width / 2, "the canvas took its room");

        robot.interact(() -> harness.window.sidePanels().propertiesShown().set(true));
        settle(robot);
        assertEquals(width, properties.getBoundsInParent().getWidth(), 2, "it came back as wide as it was");
    }

    @Test
    void aWindowOpenedLaterHasThePanelsAsTheyWereLeft(FxRobot robot) {
        settle(robot);
        SplitPane workspace = harness.window.sidePanels().workspace();
        double leftWidth = 320;
        robot.interact(() -> workspace.setDividerPosition(0, leftWidth / workspace.getWidth()));
        robot.interact(() -> harness.window.sidePanels().chainsShown().set(false));
        settle(robot);

        Stage[] second = new Stage[1];
        MainWindow[] later = new MainWindow[1];
        robot.interact(() -> {
            second[0] = new Stage();
            later[0] = new MainWindow(second[0], harness.picker(), new RecentFiles(harness.preferences()));
            later[0].show(new Document(Samples.load(Samples.MEDICAL_CLINIC), null));
        });
        settle(robot);
        try {
            SplitPane laterWorkspace = later[0].sidePanels().workspace();
            assertEquals(leftWidth, laterWorkspace.getDividerPositions()[0] * laterWorkspace.getWidth(), 3);
            assertFalse(later[0].sidePanels().chainsShown().get(), "the chains stay folded");
        } finally {
            robot.interact(second[0]::hide);
        }
    }
}
