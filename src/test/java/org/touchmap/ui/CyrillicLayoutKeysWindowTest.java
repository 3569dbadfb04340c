package org.touchmap.ui;

import java.util.List;
import java.util.prefs.BackingStoreException;

import javafx.event.Event;
import javafx.scene.Node;
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

import static org.junit.jupiter.api.Assertions.*;

/**
 * Single-letter keys on a Russian keyboard layout, as Linux reports them when no Latin layout is
 * installed: a key press with no key code, only the Cyrillic letter it types. The keys must act by
 * their place on the keyboard, as they do on an English layout.
 */
@ExtendWith(ApplicationExtension.class)
class CyrillicLayoutKeysWindowTest {
    private WindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage);
    }

    @AfterEach
    void leaveAndForget(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> harness.window.presenter().leave());
        harness.forgetPreferences();
    }

    @Test
    void inPresenterModeTheKeysOfCAndNSwitchToAChainAndWalkTheNextOne(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        pressCyrillic(robot, "с", false);
        assertEquals("ch-first-visit", harness.window.canvas().selection().chain().get(), "с is on the C key");
        pressCyrillic(robot, "т", false);
        assertEquals("ch-repeat", harness.window.canvas().selection().chain().get(), "т is on the N key");
    }

    @Test
    void onTheCanvasCtrlAndTheKeysOfCAndVCopyAndPasteTheSelectedCard(FxRobot robot) {
        int before = harness.window.documentProperty().get().map().touchpoints().size();
        robot.interact(() -> {
            harness.window.canvas().selection().selectTouchpoints(List.of("tp-ad"));
            harness.window.canvas().requestFocus();
        });
        pressCyrillic(robot, "с", true);
        pressCyrillic(robot, "м", true);
        assertEquals(before + 1, harness.window.documentProperty().get().map().touchpoints().size(),
                "Ctrl+с, Ctrl+м are Ctrl+C, Ctrl+V");
    }

    /** Presses and lets go of the key that types {@code letter} on a Russian-only layout. */
    private void pressCyrillic(FxRobot robot, String letter, boolean control) {
        robot.interact(() -> {
            Node target = harness.stage.getScene().getFocusOwner();
            assertNotNull(target, "something has the keyboard");
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, letter,
                    KeyCode.UNDEFINED, false, control, false, false));
            if (!control) {
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, letter, "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, letter,
                    KeyCode.UNDEFINED, false, control, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
