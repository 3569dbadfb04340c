package org.touchmap.ui;

import java.util.List;
import java.util.Set;
import java.util.prefs.BackingStoreException;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
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

import org.touchmap.model.Channel;
import org.touchmap.model.Rating;
import org.touchmap.model.Touchpoint;

import static org.junit.jupiter.api.Assertions.*;

/** The side panels in the real window: the canvas, the property panel and the catalog work on one selection. */
@ExtendWith(ApplicationExtension.class)
class MainWindowPanelsTest {
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

    private static Text card(FxRobot robot, String name) {
        return robot.lookup(".card-name").queryAllAs(Text.class).stream()
                .filter(text -> text.getText().equals(name)).findFirst().orElseThrow();
    }

    /** Waits until the side panels show the new selection with every control skinned and laid out. */
    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
    }

    private Touchpoint touchpoint(String id) {
        return window.document().map().touchpoint(id);
    }

    @Test
    void clickingACardShowsItInThePanelWhereNegativeRatesIt(FxRobot robot) {
        robot.clickOn(card(robot, "Allergology service page"));
        settle(robot);
        assertEquals("Touchpoint", robot.lookup("#property-panel-title").queryAs(Label.class).getText());

        robot.clickOn("#rating-negative");
        assertEquals(Rating.NEGATIVE, touchpoint("tp-page").rating());
        harness.showWholeMap(robot);
        assertTrue(robot.lookup(".card.negative").queryAll().size() > 3, "the canvas shows the new rating");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(Rating.POSITIVE, touchpoint("tp-page").rating());
        assertTrue(robot.lookup("#rating-positive").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void aChainAddedInTheChainPanelIsNamedByTypingRightAwayInThePropertyPanel(FxRobot robot) {
        int chains = window.document().map().chains().size();
        robot.clickOn("#chain-new");
        settle(robot);
        assertEquals("Chain", robot.lookup("#property-panel-title").queryAs(Label.class).getText());

        robot.write("Referral").type(KeyCode.ENTER);

        assertEquals(chains + 1, window.document().map().chains().size());
        assertEquals("Referral", window.document().map().chains().get(chains).name());
    }

    @Test
    void shortcutsStillReachTheMapAfterTheFocusedRatingButtonGoesAwayWithItsCard(FxRobot robot) {
        robot.clickOn(card(robot, "Allergology service page"));
        settle(robot);
        robot.clickOn("#rating-negative");
        robot.type(KeyCode.DELETE);
        settle(robot);
        assertFalse(window.document().map().hasTouchpoint("tp-page"), "Delete went to the menu's delete");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertTrue(window.document().map().hasTouchpoint("tp-page"),
                "Ctrl+Z undid the deletion, no text field took it; the keyboard is with "
                        + stage.getScene().getFocusOwner());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(Rating.POSITIVE, touchpoint("tp-page").rating());
    }

    @Test
    void altThreeRatesTheSelectedCardsNegativeAndAltZeroTakesTheRatingAway(FxRobot robot) {
        robot.clickOn(card(robot, "Contextual ad \"Allergist, no queues\""));
        robot.press(KeyCode.SHIFT).clickOn(card(robot, "Search results and maps")).release(KeyCode.SHIFT);

        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        assertEquals(Rating.NEGATIVE, touchpoint("tp-ad").rating());
        assertEquals(Rating.NEGATIVE, touchpoint("tp-search").rating());

        robot.press(KeyCode.ALT, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.ALT);
        assertEquals(Rating.UNRATED, touchpoint("tp-ad").rating());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(Rating.NEGATIVE, touchpoint("tp-search").rating(), "each key press is one undo step");
    }

    @Test
    void doubleClickingACatalogEntryAddsACardToTheSelectedStageAndSelectsIt(FxRobot robot) {
        robot.interact(() -> window.canvas().selection().selectStage("compare"));
        settle(robot);
        int cards = window.document().map().touchpoints().size();
        robot.clickOn("#catalog-search").write("phone call");
        ListView<?> list = robot.lookup("#catalog-list").queryAs(ListView.class);
        assertEquals("phone-call", ((Channel) list.getItems().get(0)).id());

        robot.doubleClickOn(robot.from(list).lookup(".channel-cell").nth(0).queryLabeled());
        assertEquals(cards + 1, window.document().map().touchpoints().size());
        Touchpoint added = window.document().map().touchpoints().get(cards);
        assertEquals("compare", added.stageId());
        assertEquals("phone-call", added.channelId());
        assertEquals("Phone call", added.name());
        assertEquals(Set.of(added.id()), window.canvas().selectedTouchpointIds());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle(robot);
        assertEquals(cards, window.document().map().touchpoints().size(), "adding was one undo step");
        assertEquals("Map", robot.lookup("#property-panel-title").queryAs(Label.class).getText(),
                "the panel lets go of the card that is gone");
        assertEquals(List.of(), List.copyOf(window.canvas().selectedTouchpointIds()));
    }
}
