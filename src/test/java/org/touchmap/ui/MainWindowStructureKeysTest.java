package org.touchmap.ui;

import org.touchmap.ui.document.Samples;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Point2D;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.touchmap.layout.Connector;
import org.touchmap.layout.Point;
import org.touchmap.model.ChainLink;
import org.touchmap.ui.editor.Document;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Structure editing in the real window, where the canvas's own gestures listen too: Escape, Delete
 * and F2 reach structure editing when no card takes them (also while a card's tooltip shows),
 * and a click on an arrow stays the arrow's.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowStructureKeysTest {
    private ScenarioWindow fixture;

    @Start
    void start(Stage stage) {
        fixture = new ScenarioWindow(stage, new Document(Samples.load(Samples.MEDICAL_CLINIC), null));
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        fixture.forgetPreferences();
    }

    @Test
    void escapeEndsTheConnectToolWhileAStageIsSelected(FxRobot robot) {
        robot.clickOn(fixture.stageHeader("Comparison of options"));
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        ToggleButton connect = robot.lookup("#toolbar-mdi2v-vector-line").queryAs(ToggleButton.class);
        assertTrue(connect.isSelected());

        robot.type(KeyCode.ESCAPE);
        assertFalse(connect.isSelected());
        robot.clickOn(fixture.cardCentre("Booking by phone"));
        robot.clickOn(fixture.cardCentre("Reviews on a doctor-rating site"));
        assertFalse(fixture.document().commands().canUndo(), "clicks after Escape link nothing");
    }

    @Test
    void escapeEndsTheConnectToolWhileACardsTooltipShows(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.clickOn(fixture.cardCentre("Booking by phone"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(window -> window instanceof Tooltip && window.isShowing()));

        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#toolbar-mdi2v-vector-line").queryAs(ToggleButton.class).isSelected(),
                "the tooltip let the key pass on to the canvas");
    }

    @Test
    void deleteRemovesTheLinkOfTheSelectedArrowAsOneStep(FxRobot robot) {
        Connector adToPage = fixture.window.canvas().mapLayout().connectors().stream()
                .filter(c -> c.fromTouchpointId().equals("tp-ad") && c.toTouchpointId().equals("tp-page"))
                .findFirst().orElseThrow();
        Point start = adToPage.start();
        Point tip = adToPage.arrowTip();
        robot.clickOn(fixture.window.canvas().mapContent().localToScreen((start.x() + tip.x()) / 2, start.y() + 1));
        assertTrue(robot.lookup(".selected-arrow").query().isVisible(), "the click selected the arrow");
        assertNull(fixture.window.canvas().selection().stage().get(),
                "the click was the arrow's, it did not pick the cell under it for fast entry");

        robot.type(KeyCode.DELETE);
        assertFalse(fixture.map().chain("ch-first-visit").links().contains(new ChainLink("tp-ad", "tp-page")));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(Samples.load(Samples.MEDICAL_CLINIC), fixture.map());
        assertFalse(fixture.document().commands().canUndo(), "the link went in one step");
    }

    @Test
    void f2RenamesTheSelectedStageInPlace(FxRobot robot) {
        Point2D header = fixture.stageHeader("Information search");
        robot.clickOn(header);
        robot.type(KeyCode.F2).write("Booking").type(KeyCode.ENTER);
        assertEquals("Booking", fixture.map().stage("search").name());
    }

    @Test
    void ctrlShiftKAddsAStageAfterTheSelectedOneAndOpensItsName(FxRobot robot) {
        int stages = fixture.map().stages().size();
        robot.clickOn(fixture.stageHeader("Information search"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("Booking").type(KeyCode.ENTER);

        assertEquals(stages + 1, fixture.map().stages().size());
        assertEquals("Booking", fixture.map().stages().get(fixture.map().stageIndex("search") + 1).name());
    }

    @Test
    void ctrlShiftLAddsALaneAndOpensItsName(FxRobot robot) {
        int lanes = fixture.map().lanes().size();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("Partners").type(KeyCode.ENTER);

        assertEquals(lanes + 1, fixture.map().lanes().size());
        assertEquals("Partners", fixture.map().lanes().get(lanes).name());
    }
}
