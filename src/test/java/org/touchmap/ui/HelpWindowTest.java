package org.touchmap.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.*;

/** Help → Keyboard shortcuts and Help → Getting started, inside the app. */
class HelpWindowTest extends SampleWindowTest {
    @AfterEach
    void closeHelp(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(window -> window != harness.stage).forEach(Window::hide));
    }

    private static Stage windowTitled(String title) {
        return Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(stage -> title.equals(stage.getTitle())).findFirst()
                .orElseThrow(() -> new AssertionError("no window titled " + title));
    }

    /** Every item of the main window's menus that has an accelerator, as "keys  action". */
    private List<String> menuShortcuts(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> shortcuts = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu, shortcuts));
        return shortcuts;
    }

    private static void collect(Menu menu, List<String> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(submenu, into);
            } else if (item.getAccelerator() != null) {
                into.add(item.getAccelerator().getDisplayText() + "  " + item.getText().replace("\u2026", "").strip());
            }
        }
    }

    /** The rows of the shortcut window, as "keys  action". */
    private static Set<String> listedShortcuts(Stage shortcuts) {
        Set<String> rows = new HashSet<>();
        for (Node grid : shortcuts.getScene().getRoot().lookupAll(".shortcut-rows")) {
            List<Node> cells = ((Parent) grid).getChildrenUnmodifiable();
            for (int i = 0; i + 1 < cells.size(); i += 2) {
                rows.add(((Label) cells.get(i)).getText() + "  " + ((Label) cells.get(i + 1)).getText());
            }
        }
        return rows;
    }

    @Test
    void f1ListsEveryShortcutOfTheMenusWithWhatItDoes(FxRobot robot) {
        List<String> fromMenus = menuShortcuts(robot);
        assertTrue(fromMenus.size() > 30, "the menus have " + fromMenus.size() + " shortcuts");

        robot.clickOn(harness.window.canvas());
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> listed = listedShortcuts(windowTitled("Keyboard shortcuts"));

        List<String> missing = fromMenus.stream().filter(shortcut -> !listed.contains(shortcut)).toList();
        assertEquals(List.of(), missing, "shortcuts of the menus missing from the list");
        assertTrue(listed.stream().anyMatch(row -> row.startsWith("Tab, Shift+Tab")), "the map's own keys are listed too");
    }

    @Test
    void gettingStartedWalksThroughSixIllustratedStepsAndLeadsToTheShortcuts(FxRobot robot) {
        robot.interact(() -> harness.window.commands().showGettingStarted());
        WaitForAsyncUtils.waitForFxEvents();
        Stage page = windowTitled("Getting started");
        Set<Node> headings = page.getScene().getRoot().lookupAll(".getting-started-heading");
        assertEquals(6, headings.size());
        assertEquals(0, ((javafx.scene.control.ScrollPane) page.getScene().getRoot()).getVvalue(), 1e-9,
                "the page opens at step 1");
        assertFalse(page.getScene().getRoot().lookupAll(".getting-started-picture").isEmpty(), "it has pictures");
        page.getScene().getRoot().lookupAll(".getting-started-picture")
                .forEach(picture -> assertFalse(((ImageView) picture).getImage().isError(), "a picture loads"));

        // The link ends the page: a person scrolls down to it.
        robot.interact(() -> ((javafx.scene.control.ScrollPane) page.getScene().getRoot()).setVvalue(1));
        robot.clickOn(page.getScene().getRoot().lookup("#getting-started-shortcuts"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(windowTitled("Keyboard shortcuts").isShowing());
    }
}
