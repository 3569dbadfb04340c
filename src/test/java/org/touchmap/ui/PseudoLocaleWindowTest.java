package org.touchmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.touchmap.layout.LaneRow;
import org.touchmap.layout.Rect;
import org.touchmap.layout.StageColumn;
import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.i18n.PseudoBundles;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The whole interface in a pseudo-language whose every text is 40 % longer and in Cyrillic
 * letters, as Russian and Serbian texts are: no button, check box, list cell or header of the
 * main window, its panels, its dialogs and its structure menus cuts its text, in width or in height.
 */
@ExtendWith(ApplicationExtension.class)
class PseudoLocaleWindowTest {
    private WindowHarness harness;

    /** A dialog or panel and how a person opens it. */
    private record Opening(String name, Runnable open) {
    }

    @BeforeAll
    static void writePseudoBundles() {
        PseudoBundles.write();
    }

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage, Messages.PSEUDO);
    }

    @AfterEach
    void forget() throws BackingStoreException {
        harness.forgetPreferences();
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void theWindowSpeaksThePseudoLanguage(FxRobot robot) {
        assertTrue(robot.lookup(node -> node instanceof Labeled labeled && labeled.getText() != null
                && labeled.getText().contains("Жщ")).tryQuery().isPresent(), "a label in the pseudo-language");
    }

    @Test
    void noLabelOfTheMainWindowItsPanelsOrItsDialogsIsCut(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        robot.clickOn(harness.onScreen(harness.window.canvas().mapLayout().card("tp-phone").orElseThrow().bounds()));
        robot.press(KeyCode.F9).release(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        cut.addAll(CutLabels.in("main window, a card selected, analysis shown", windows()));
        robot.clickOn(harness.onScreen(harness.window.canvas().mapLayout().columns().get(0).header()));
        WaitForAsyncUtils.waitForFxEvents();
        cut.addAll(CutLabels.in("main window, a stage selected", windows()));

        robot.interact(() -> harness.window.canvas().selection().selectChain(firstChainId()));
        WaitForAsyncUtils.waitForFxEvents();
        cut.addAll(CutLabels.in("main window, a chain chosen, its links listed", windows()));

        for (Opening opening : List.of(
                new Opening("export dialog", () -> harness.window.exporting().export()),
                new Opening("template dialog", () -> harness.window.files().newFromTemplate()),
                new Opening("print dialog", () -> harness.window.printing().print()),
                new Opening("about", () -> harness.window.commands().showAbout()),
                new Opening("keyboard shortcuts", () -> harness.window.commands().showShortcuts()),
                new Opening("getting started", () -> harness.window.commands().showGettingStarted()),
                new Opening("dot voting", () -> harness.window.commands().showDotVoting()),
                new Opening("snapshots", () -> harness.window.comparing().showSnapshots()))) {
            Platform.runLater(opening.open());
            WaitForAsyncUtils.waitForFxEvents();
            cut.addAll(CutLabels.in(opening.name(), windows()));
            closeAllButTheMainWindow(robot);
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void noLabelOfTheStructureMenusOrTheDialogsTheyOpenIsCut(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        // A stage with cards and a stage before it, so the dialog offers every choice.
        StageColumn stage = harness.window.canvas().mapLayout().columns().stream().skip(1)
                .filter(column -> !harness.window.documentProperty().get().map()
                        .touchpointsInStage(column.stageId()).isEmpty())
                .findFirst().orElseThrow();
        LaneRow lane = harness.window.canvas().mapLayout().rows().get(0);
        for (MenuOpening opening : List.of(
                new MenuOpening("stage menu, phase dialog", stage.header(), "stage-menu", "action-phase"),
                new MenuOpening("stage menu, delete stage dialog", stage.header(), "stage-menu",
                        "action-deleteStage"),
                new MenuOpening("lane menu, delete lane dialog", lane.header(), "lane-menu", "action-deleteLane"))) {
            requestContextMenu(robot, opening.header());
            cut.addAll(CutLabels.in(opening.name() + " (the menu)", windows()));
            MenuItem item = contextMenu(opening.menuId()).getItems().stream()
                    .filter(candidate -> opening.itemId().equals(candidate.getId())).findFirst().orElseThrow();
            robot.interact(() -> contextMenu(opening.menuId()).hide());
            Platform.runLater(item::fire);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(windows().stream().anyMatch(this::isOther), opening.name() + " shows a dialog");
            cut.addAll(CutLabels.in(opening.name(), windows()));
            closeAllButTheMainWindow(robot);
        }
        assertEquals(List.of(), cut);
    }

    /** A dialog opened from a header's context menu: which header, which menu, which item. */
    private record MenuOpening(String name, Rect header, String menuId, String itemId) {
    }

    /**
     * Asks for the context menu of a header, as a right click does on a desktop; the headless test
     * platform does not turn right clicks into such requests.
     */
    private void requestContextMenu(FxRobot robot, Rect header) {
        Node content = harness.window.canvas().mapContent();
        Point2D scene = content.localToScene(header.centerX(), header.centerY());
        Point2D screen = content.localToScreen(header.centerX(), header.centerY());
        robot.interact(() -> Event.fireEvent(content, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ContextMenu contextMenu(String id) {
        return windows().stream().filter(window -> window instanceof ContextMenu menu && id.equals(menu.getId()))
                .map(ContextMenu.class::cast).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    private String firstChainId() {
        return harness.window.documentProperty().get().map().chains().get(0).id();
    }

    private List<Window> windows() {
        return List.copyOf(Window.getWindows());
    }

    private void closeAllButTheMainWindow(FxRobot robot) {
        for (int tries = 0; tries < 5 && windows().stream().anyMatch(this::isOther); tries++) {
            robot.interact(() -> windows().stream().filter(this::isOther).forEach(Window::hide));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private boolean isOther(Window window) {
        return window.isShowing() && window != harness.stage && !(window instanceof javafx.stage.PopupWindow);
    }
}
