package org.touchmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;

import javafx.application.Platform;
import javafx.scene.control.Labeled;
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
import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.i18n.PseudoBundles;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The whole interface in a pseudo-language whose every text is 40 % longer and in Cyrillic
 * letters, as Russian and Serbian texts are: no button, check box, list cell or header of the
 * main window, its panels and its dialogs cuts its text.
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

        for (Opening opening : List.of(
                new Opening("export dialog", () -> harness.window.exporting().export()),
                new Opening("start page", () -> harness.window.files().newFromTemplate()),
                new Opening("print dialog", () -> harness.window.printing().print()),
                new Opening("about", () -> harness.window.showAbout()),
                new Opening("dot voting", () -> harness.window.showDotVoting()),
                new Opening("snapshots", () -> harness.window.comparing().showSnapshots()))) {
            Platform.runLater(opening.open());
            WaitForAsyncUtils.waitForFxEvents();
            cut.addAll(CutLabels.in(opening.name(), windows()));
            closeAllButTheMainWindow(robot);
        }
        assertEquals(List.of(), cut);
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
