package org.touchmap.ui;

import java.util.List;
import java.util.prefs.BackingStoreException;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.model.Rating;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The menu's shortcuts (Ctrl+Z, Ctrl+F, Ctrl+Shift+N …) on a keyboard with only a Cyrillic layout,
 * as Linux reports its keys: no key code, only the letter the key types. They act by the key's
 * place, as on an English layout, once, and only when the menu item is enabled.
 */
@ExtendWith(ApplicationExtension.class)
class MenuShortcutsOnCyrillicLayoutWindowTest {
    private WindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage);
    }

    @AfterEach
    void forget() throws BackingStoreException {
        harness.forgetPreferences();
    }

    @Test
    void ctrlAndTheKeyOfZOnARussianLayoutUndoesOneStep(FxRobot robot) {
        rateTheAdTwice(robot);

        pressCyrillic(robot, "я", false);

        assertEquals(Rating.POSITIVE, harness.map().touchpoint("tp-ad").rating(), "я is on the Z key; one step undone");
        pressCyrillic(robot, "н", false);
        assertEquals(Rating.NEGATIVE, harness.map().touchpoint("tp-ad").rating(), "н is on the Y key: redo");
    }

    @Test
    void theKeyOfZOnASerbianLayoutUndoesToo(FxRobot robot) {
        rateTheAdTwice(robot);

        pressCyrillic(robot, "ѕ", false);

        assertEquals(Rating.POSITIVE, harness.map().touchpoint("tp-ad").rating());
    }

    @Test
    void ctrlAndTheKeyOfFOpensTheSearchAndWithShiftTheKeyOfNAddsACard(FxRobot robot) {
        int cards = harness.map().touchpoints().size();

        pressCyrillic(robot, "а", false);
        assertTrue(harness.window.searchBar().isOpen(), "а is on the F key: Find");

        robot.interact(() -> harness.window.canvas().requestFocus());
        pressCyrillic(robot, "Т", true);
        assertEquals(cards + 1, harness.map().touchpoints().size(), "Ctrl+Shift+т is Ctrl+Shift+N: add card");
    }

    @Test
    void aDisabledMenuItemDoesNotFire(FxRobot robot) {
        robot.interact(() -> {
            harness.window.canvas().selection().selectTouchpoints(List.of());
            harness.window.canvas().requestFocus();
        });
        assertFalse(harness.window.document().commands().canRedo());

        pressCyrillic(robot, "н", false);

        assertFalse(harness.window.document().commands().canUndo(), "nothing to redo, nothing done");
    }

    @Test
    void inATextFieldTheKeysOfTextEditingStayWithTheField(FxRobot robot) {
        robot.interact(() -> harness.window.canvas().selection().selectTouchpoints(List.of("tp-page")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            harness.stage.getScene().getRoot().applyCss();
            harness.stage.getScene().getRoot().layout();
        });
        TextField name = robot.lookup("#touchpoint-name").queryAs(TextField.class);
        robot.clickOn(name);
        int cards = harness.map().touchpoints().size();

        pressCyrillic(robot, "в", false);

        assertEquals(cards, harness.map().touchpoints().size(), "Ctrl+в (D) in a text field duplicates no card");
    }

    private void rateTheAdTwice(FxRobot robot) {
        robot.interact(() -> {
            harness.window.canvas().selection().selectTouchpoints(List.of("tp-ad"));
            harness.window.commands().rate(Rating.POSITIVE);
            harness.window.commands().rate(Rating.NEGATIVE);
            harness.window.canvas().requestFocus();
        });
        assertEquals(Rating.NEGATIVE, harness.map().touchpoint("tp-ad").rating());
    }

    /** Ctrl (and Shift) with the key that types {@code letter} on a Cyrillic-only layout, as Linux reports it. */
    private void pressCyrillic(FxRobot robot, String letter, boolean shift) {
        robot.interact(() -> {
            Node target = harness.stage.getScene().getFocusOwner();
            assertNotNull(target, "something has the keyboard");
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, letter,
                    KeyCode.UNDEFINED, shift, true, false, false));
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, letter,
                    KeyCode.UNDEFINED, shift, true, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
