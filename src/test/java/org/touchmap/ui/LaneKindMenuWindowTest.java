package org.touchmap.ui;

import java.util.List;
import java.util.prefs.BackingStoreException;

import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.layout.LaneRow;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;

import static org.junit.jupiter.api.Assertions.*;

/** The lane menu adds a lane of a chosen kind, or the blueprint's three bands, in one action and one undo step. */
@ExtendWith(ApplicationExtension.class)
class LaneKindMenuWindowTest {
    private WindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage);
    }

    @AfterEach
    void forget() throws BackingStoreException {
        harness.forgetPreferences();
    }

    private MenuItem fromLaneMenu(FxRobot robot, String id) {
        LaneRow last = harness.window.canvas().mapLayout().rows().get(harness.map().lanes().size() - 1);
        robot.interact(() -> harness.window.canvas().selection().selectLane(last.laneId()));
        Node content = harness.window.canvas().mapContent();
        Point2D scene = content.localToScene(last.header().centerX(), last.header().centerY());
        Point2D screen = content.localToScreen(last.header().centerX(), last.header().centerY());
        robot.interact(() -> Event.fireEvent(content, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = Window.getWindows().stream()
                .filter(window -> window instanceof ContextMenu m && "lane-menu".equals(m.getId()))
                .map(ContextMenu.class::cast).findFirst().orElseThrow(() -> new AssertionError("no lane menu"));
        Menu kinds = (Menu) menu.getItems().stream().filter(item -> "add-lane-of-kind".equals(item.getId()))
                .findFirst().orElseThrow();
        robot.interact(menu::hide);
        return id == null ? kinds : kinds.getItems().stream().filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow();
    }

    @Test
    void theBlueprintsThreeBandsComeBelowTheLastLaneNamedByKindAsOneUndoStep(FxRobot robot) {
        int before = harness.map().lanes().size();
        MenuItem blueprint = fromLaneMenu(robot, "add-blueprint-lanes");
        robot.interact(blueprint::fire);

        List<Lane> lanes = harness.map().lanes();
        assertEquals(before + 3, lanes.size());
        assertEquals(List.of(LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT),
                lanes.subList(before, before + 3).stream().map(Lane::kind).toList());
        assertEquals("Backstage", lanes.get(before + 1).name());
        assertEquals(3, harness.window.canvas().mapLayout().blueprintLines().size(), "the three lines are drawn");
        robot.interact(() -> harness.window.document().undo());
        assertEquals(before, harness.map().lanes().size(), "one undo takes all three away");
    }

    @Test
    void theNameOfALaneAddedBelowTheLastIsInSightToBeTyped(FxRobot robot) {
        LaneRow last = harness.window.canvas().mapLayout().rows().get(harness.map().lanes().size() - 1);
        robot.interact(() -> harness.window.canvas().selection().selectLane(last.laneId()));
        for (int i = 0; i < 3; i++) {
            // Several lanes, so the last is well below the view's bottom edge.
            robot.interact(() -> fromLaneMenuItem("action-addLaneBelow").fire());
            robot.type(javafx.scene.input.KeyCode.ENTER);
        }
        robot.interact(() -> fromLaneMenuItem("action-addLaneBelow").fire());

        javafx.scene.Node field = robot.lookup(".header-rename").query();
        assertTrue(field.isVisible(), "the name is open for typing");
        javafx.geometry.Bounds shown = robot.lookup(".map-scroll-pane").query().localToScreen(
                robot.lookup(".map-scroll-pane").query().getLayoutBounds());
        javafx.geometry.Bounds name = field.localToScreen(field.getLayoutBounds());
        assertTrue(shown.contains(name), "the field " + name + " is inside the view " + shown);
    }

    private MenuItem fromLaneMenuItem(String id) {
        LaneRow row = harness.window.canvas().mapLayout().rows().stream()
                .filter(r -> r.laneId().equals(harness.window.canvas().selection().lane().get())).findFirst()
                .orElseThrow();
        Node content = harness.window.canvas().mapContent();
        Point2D scene = content.localToScene(row.header().centerX(), row.header().centerY());
        Point2D screen = content.localToScreen(row.header().centerX(), row.header().centerY());
        Event.fireEvent(content, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, null));
        ContextMenu menu = Window.getWindows().stream()
                .filter(window -> window instanceof ContextMenu m && "lane-menu".equals(m.getId()))
                .map(ContextMenu.class::cast).findFirst().orElseThrow(() -> new AssertionError("no lane menu"));
        menu.hide();
        return menu.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    @Test
    void aLaneOfThoughtsIsOneChoice(FxRobot robot) {
        Menu kinds = (Menu) fromLaneMenu(robot, null);
        MenuItem thoughts = kinds.getItems().stream().filter(item -> "Thoughts".equals(item.getText())).findFirst()
                .orElseThrow();
        robot.interact(thoughts::fire);

        Lane added = harness.map().lanes().get(harness.map().lanes().size() - 1);
        assertEquals(LaneKind.THOUGHTS, added.kind());
        assertEquals("Thoughts", added.name());
    }
}
