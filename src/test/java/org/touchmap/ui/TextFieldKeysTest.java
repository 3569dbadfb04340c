package org.touchmap.ui;

import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.prefs.BackingStoreException;

import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.model.Rating;
import org.touchmap.ui.canvas.CanvasDataFormats;

import static org.junit.jupiter.api.Assertions.*;

/** Keys typed into a side panel's text field edit the text; the menu's shortcuts for cards leave them alone. */
@ExtendWith(ApplicationExtension.class)
class TextFieldKeysTest {
    private static final String PAGE = "Allergology service page";

    private MainWindow window;
    private Stage stage;
    private WindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new WindowHarness(stage);
        this.stage = stage;
        window = harness.window;
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        harness.forgetPreferences();
    }

    @Test
    void editingKeysInTheNameFieldEditTheNameAndLeaveTheCardsAlone(FxRobot robot) throws Exception {
        TextField name = selectThePageAndTypeInItsName(robot);
        int cards = cardCount();

        robot.type(KeyCode.HOME).type(KeyCode.DELETE);
        assertEquals(PAGE.substring(1), name.getText());
        robot.type(KeyCode.END).type(KeyCode.BACK_SPACE);
        assertEquals(PAGE.substring(1, PAGE.length() - 1), name.getText());
        shortcut(robot, KeyCode.A);
        assertEquals(name.getText(), name.getSelectedText());
        shortcut(robot, KeyCode.C);
        assertEquals(name.getText(), clipboardText());
        assertFalse(clipboardHasCards(), "the text is copied, not the card");
        robot.type(KeyCode.END);
        shortcut(robot, KeyCode.V);
        assertEquals(PAGE.substring(1, PAGE.length() - 1).repeat(2), name.getText());
        shortcut(robot, KeyCode.X);
        shortcut(robot, KeyCode.D);
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(cards, cardCount(), "no card was deleted, pasted or duplicated");
        assertEquals(Set.of("tp-page"), window.canvas().selectedTouchpointIds());
        assertFalse(window.document().commands().canUndo(), "the map did not change");
        assertTrue(robot.lookup(".in-place-editor").queryAll().isEmpty(), "F2 opened no name on the canvas");
        assertSame(name, stage.getScene().getFocusOwner(), "typing goes on in the field");
        robot.type(KeyCode.ESCAPE);
        assertEquals(PAGE, name.getText());
    }

    @Test
    void keysInAnEmptyCatalogSearchLeaveTheSelectedCardsAlone(FxRobot robot) {
        selectThePageAndTypeInItsName(robot);
        int cards = cardCount();
        robot.clickOn("#catalog-search").write("phone");
        TextInputControl search = robot.lookup("#catalog-search").queryAs(TextInputControl.class);
        shortcut(robot, KeyCode.A);
        robot.type(KeyCode.DELETE);
        assertEquals("", search.getText());

        robot.type(KeyCode.DELETE).type(KeyCode.BACK_SPACE);
        shortcut(robot, KeyCode.D);
        shortcut(robot, KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(cards, cardCount(), "no key typed into the search changed the cards");
        assertEquals(Set.of("tp-page"), window.canvas().selectedTouchpointIds(), "Ctrl+A selects no cards");
        assertFalse(window.document().commands().canUndo());
    }

    @Test
    void ctrlAltKeysWhichAreAltGrOnWindowsStayWithTheTextField(FxRobot robot) {
        robot.clickOn("#catalog-search").write("phone");

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertNull(window.canvas().focusProperty().get(), "typing AltGr+1 in a field sets no focus on the map");
        robot.clickOn(window.canvas());
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(window.canvas().focusProperty().get(), "on the map the same keys set the focus");
    }

    @Test
    void ratingKeysAndCardShortcutsOnTheCanvasStillWork(FxRobot robot) {
        selectThePageAndTypeInItsName(robot);
        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        assertEquals(Rating.NEGATIVE, window.document().map().touchpoint("tp-page").rating(),
                "Alt+3 means nothing to a text field and rates the card whose name is typed");

        int cards = cardCount();
        robot.clickOn(card(robot, PAGE));
        shortcut(robot, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(cards + 1, cardCount(), "on the canvas Ctrl+D duplicates the card");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(cards, cardCount(), "and Delete deletes it");
    }

    private TextField selectThePageAndTypeInItsName(FxRobot robot) {
        robot.clickOn(card(robot, PAGE));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        TextField name = robot.lookup("#touchpoint-name").queryAs(TextField.class);
        robot.clickOn(name);
        assertEquals(PAGE, name.getText());
        return name;
    }

    private int cardCount() {
        return window.document().map().touchpoints().size();
    }

    private static Text card(FxRobot robot, String name) {
        return robot.lookup(".card-name").queryAllAs(Text.class).stream()
                .filter(text -> text.getText().equals(name)).findFirst().orElseThrow();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private static String clipboardText() throws ExecutionException, InterruptedException {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
    }

    private static boolean clipboardHasCards() throws ExecutionException, InterruptedException {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().hasContent(CanvasDataFormats.CARDS)).get();
    }
}
